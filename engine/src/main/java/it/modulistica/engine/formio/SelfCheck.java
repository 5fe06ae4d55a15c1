package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.DefinitionProblem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the translated module with the engine's own parser. A condition or a rule the parser
 * refuses is taken out (the field stays, always visible, without that check) and noted, and the
 * module read again; what else remains is returned for the report.
 */
final class SelfCheck {

    private static final String CONDITION = "/x-visible-when";
    private static final Pattern RULE = Pattern.compile("^/x-rules/(\\d+)");

    private SelfCheck() {
    }

    /** The parser's last reading: the module, or the problems left. */
    static DefinitionParser.Result run(ObjectNode root, String code, ImportNotes notes) {
        DefinitionParser parser = new DefinitionParser(DataSources.NONE);
        while (true) {
            DefinitionParser.Result result = parser.parse(code + "/form.json", code, DefinitionJson.canonical(root));
            List<DefinitionProblem> problems = result.problems();
            boolean tookOut = false;
            // One at a time: taking out a rule moves the indices of those after it.
            for (int i = 0; i < problems.size() && !tookOut; i++) {
                tookOut = takeOut(root, problems.get(i), notes);
            }
            if (!tookOut) {
                return result;
            }
        }
    }

    /** Takes out the condition or rule a problem is about; whether there was one. */
    private static boolean takeOut(ObjectNode root, DefinitionProblem problem, ImportNotes notes) {
        int at = problem.pointer().indexOf(CONDITION);
        JsonNode node = at < 0 ? null : root.at(problem.pointer().substring(0, at));
        if (node instanceof ObjectNode object && object.has("x-visible-when")) {
            String condition = object.remove("x-visible-when").toString();
            String path = problem.pointer().substring(0, at);
            notes.node(path.substring(path.lastIndexOf('/') + 1), ImportNote.Kind.NOT_CARRIED,
                    "Condizione di visibilità " + condition + " rifiutata dal controllo della definizione ("
                            + problem.message() + "): il campo è sempre visibile.");
            return true;
        }
        Matcher rule = RULE.matcher(problem.pointer());
        if (rule.find() && root.path("x-rules").has(Integer.parseInt(rule.group(1)))) {
            ArrayNode rules = (ArrayNode) root.get("x-rules");
            JsonNode removed = rules.remove(Integer.parseInt(rule.group(1)));
            if (rules.isEmpty()) {
                root.remove("x-rules");
            }
            String pointer = removed.path("pointer").asText();
            notes.node(pointer.substring(pointer.lastIndexOf('/') + 1), ImportNote.Kind.NOT_CARRIED,
                    "Regola " + removed.path("assert") + " (da validate.json) rifiutata dal controllo della definizione ("
                            + problem.message() + ").");
            return true;
        }
        return false;
    }
}
