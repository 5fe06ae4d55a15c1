package it.modulistica.engine.formio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * @param validExample   data with plain values that the module accepts at complete level, when such values satisfy it
 * @param invalidExample an example for {@code examples/invalid/}: the empty submission and the violations it gets
 *                       (absent when the module has problems)
 */
public record ImportResult(ObjectNode definition, boolean wizard, int pages, String wrapper, List<ImportNote> notes,
        List<DataPath> dataPaths, List<DefinitionProblem> problems, Optional<JsonNode> validExample,
        Optional<ObjectNode> invalidExample) {

    public static final String VALID_EXAMPLE = "examples/valid/esempio.json";
    public static final String INVALID_EXAMPLE = "examples/invalid/vuoto.json";

    public ImportResult {
        notes = List.copyOf(notes);
        dataPaths = List.copyOf(dataPaths);
        problems = List.copyOf(problems);
    }

    /** The module as {@code form.json} text, indented. */
    public String definitionText() {
        return text(definition);
    }

    /** JSON as the files of a module hold it: indented, ending with a new line. */
    public static String text(JsonNode json) {
        try {
            return DefinitionJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /**
     * The files of the module's folder, by path inside it: {@code form.json}, {@code IMPORT.md} and the examples.
     *
     * @param sourceName the name of the imported file, for the report
     */
    public Map<String, String> files(String sourceName) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("form.json", definitionText());
        files.put("IMPORT.md", report(sourceName));
        validExample.ifPresent(example -> files.put(VALID_EXAMPLE, text(example)));
        invalidExample.ifPresent(example -> files.put(INVALID_EXAMPLE, text(example)));
        return files;
    }

    /** {@code IMPORT.md}: what to do before publishing, every note with its form.io key, the data map. */
    public String report(String sourceName) {
        return ImportReport.write(this, sourceName);
    }
}
