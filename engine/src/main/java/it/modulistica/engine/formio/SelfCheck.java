package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.DefinitionProblem;
import java.util.List;

/**
 * Reads the translated module with the engine's own parser. A condition the parser refuses is
 * taken out (the field stays, always visible) and noted, and the module read again; what else
 * remains is returned for the report.
 */
final class SelfCheck {

    private static final String CONDITION = "/x-visible-when";

    private SelfCheck() {
    }

    static List<DefinitionProblem> run(ObjectNode root, String code, ImportNotes notes) {
        DefinitionParser parser = new DefinitionParser(DataSources.NONE);
        while (true) {
            List<DefinitionProblem> problems = parser.parse(code + "/form.json", code, DefinitionJson.canonical(root))
                    .problems();
            boolean removed = false;
            for (DefinitionProblem problem : problems) {
                int at = problem.pointer().indexOf(CONDITION);
                JsonNode node = at < 0 ? null : root.at(problem.pointer().substring(0, at));
                if (node instanceof ObjectNode object && object.has("x-visible-when")) {
                    String condition = object.remove("x-visible-when").toString();
                    String path = problem.pointer().substring(0, at);
                    notes.node(path.substring(path.lastIndexOf('/') + 1), ImportNote.Kind.NOT_CARRIED,
                            "Condizione di visibilità " + condition + " rifiutata dal controllo della definizione ("
                                    + problem.message() + "): il campo è sempre visibile.");
                    removed = true;
                }
            }
            if (!removed) {
                return problems;
            }
        }
    }
}
