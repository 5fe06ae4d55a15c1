package it.modulistica.engine.formio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DefinitionJson;
import java.util.List;
import java.util.Set;

/**
 * The form.io form found in an input: the form itself, or the form.io part of a MOON module export
 * (which keeps the form.io JSON, often as a string, beside its own metadata), with the title and
 * description to carry.
 *
 * @param form        the form.io form: an object with a {@code components} array
 * @param title       the module title (MOON's {@code oggettoModulo}, else form.io's {@code title})
 * @param description the module description, or {@code ""}
 * @param wrapper     {@code "MOON"} when unwrapped from an export, else {@code ""}
 * @param wizard      whether the form is displayed as a wizard (top-level panels are pages)
 */
record FormioForm(JsonNode form, String title, String description, String wrapper, boolean wizard) {

    private static final List<String> WRAPPED_KEYS = List.of("struttura", "structure", "formio", "formIO", "form",
            "schema", "definition", "modulo");
    private static final List<String> TITLE_KEYS = List.of("oggettoModulo", "titolo", "title", "nome", "name");
    private static final List<String> DESCRIPTION_KEYS = List.of("descrizioneModulo", "descrizione", "description");
    private static final Set<String> DISPLAYS = Set.of("form", "wizard", "pdf");

    static FormioForm read(JsonNode input) throws NotAFormioForm {
        if (input == null || !input.isObject()) {
            throw new NotAFormioForm("Il file non è un modulo form.io: serve un oggetto JSON con l'elenco \"components\"");
        }
        JsonNode form = input;
        String wrapper = "";
        if (!isForm(input)) {
            form = unwrap(input, 0);
            if (form == null) {
                throw new NotAFormioForm("Il file non è un modulo form.io: manca l'elenco \"components\" "
                        + "(né alla radice né in un'esportazione di MOON sotto \"struttura\")");
            }
            wrapper = "MOON";
        }
        String display = form.path("display").asText("form");
        if (!DISPLAYS.contains(display)) {
            throw new NotAFormioForm("Il file non è un modulo form.io: \"display\" vale \"" + display
                    + "\", mentre form.io usa \"form\", \"wizard\" o \"pdf\"");
        }
        String title = first(input, TITLE_KEYS);
        if (title.isEmpty()) {
            title = first(form, TITLE_KEYS);
        }
        String description = first(input, DESCRIPTION_KEYS);
        if (description.isEmpty() && input != form) {
            description = first(form, DESCRIPTION_KEYS);
        }
        return new FormioForm(form, title, description, wrapper, "wizard".equals(display));
    }

    private static boolean isForm(JsonNode node) {
        return node.isObject() && node.path("components").isArray();
    }

    /** The form.io form inside a wrapper, as an object or as JSON text, at most three levels down. */
    private static JsonNode unwrap(JsonNode node, int depth) {
        if (depth > 3 || !node.isObject()) {
            return null;
        }
        for (String key : WRAPPED_KEYS) {
            JsonNode candidate = node.path(key);
            if (candidate.isTextual()) {
                candidate = parse(candidate.asText());
            }
            if (candidate != null && isForm(candidate)) {
                return candidate;
            }
            if (candidate != null && candidate.isObject()) {
                JsonNode inner = unwrap(candidate, depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static JsonNode parse(String text) {
        try {
            return DefinitionJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String first(JsonNode node, List<String> keys) {
        for (String key : keys) {
            if (node.path(key).isTextual() && !node.path(key).asText().isBlank()) {
                return node.path(key).asText().strip();
            }
        }
        return "";
    }
}
