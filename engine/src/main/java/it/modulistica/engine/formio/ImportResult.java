package it.modulistica.engine.formio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionProblem;
import java.util.List;

/**
 * The outcome of one import.
 *
 * @param definition the module, in the platform's format
 * @param wizard     whether the form.io form was a wizard
 * @param pages      how many pages (steps) the wizard had; 1 for a plain form
 * @param wrapper    {@code "MOON"} when the form came out of a MOON export, else {@code ""}
 * @param notes      what was not carried over as it was, in the order of the form
 * @param dataPaths  where each value of form.io's data goes
 * @param problems   what the engine's parser still finds in the module (none for what the importer knows)
 */
public record ImportResult(ObjectNode definition, boolean wizard, int pages, String wrapper, List<ImportNote> notes,
        List<DataPath> dataPaths, List<DefinitionProblem> problems) {

    public ImportResult {
        notes = List.copyOf(notes);
        dataPaths = List.copyOf(dataPaths);
        problems = List.copyOf(problems);
    }

    /** The module as {@code form.json} text, indented. */
    public String definitionText() {
        try {
            return DefinitionJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(definition) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** {@code IMPORT.md}: what to do before publishing, every note with its form.io key, the data map. */
    public String report(String sourceName) {
        return ImportReport.write(this, sourceName);
    }
}
