package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The choices of a radio, select boxes or select component as a {@code oneOf} of
 * {@code {"const", "title"}}: form.io's {@code values}, or a select's {@code data.values} and
 * {@code data.json}. Choices from a URL, a resource or a script are not carried: they are noted.
 */
final class Choices {

    private static final Pattern TEMPLATE_PROPERTY = Pattern.compile("item\\.([A-Za-z0-9_]+)");

    private Choices() {
    }

    /** The {@code oneOf} of a component's choices, or {@code null} when it has none to carry. */
    static ArrayNode of(JsonNode component, ImportNotes notes) {
        if (!"select".equals(component.path("type").asText())) {
            return oneOf(component.path("values"), "value", "label", component, notes);
        }
        String source = component.path("dataSrc").asText("values");
        JsonNode data = component.path("data");
        switch (source) {
            case "values":
                return oneOf(data.path("values"), "value", "label", component, notes);
            case "json":
                JsonNode json = data.path("json");
                if (json.isTextual()) {
                    json = FormioJson.parseOrMissing(json.asText());
                }
                String value = component.path("valueProperty").asText("");
                return oneOf(json, value.isEmpty() ? "value" : value, labelProperty(component), component, notes);
            case "url":
                notes.changed(component, "Le opzioni arrivano dall'indirizzo " + data.path("url").asText("(non indicato)")
                        + ", che la piattaforma non interroga: il campo diventa un testo libero. Per un elenco "
                        + "controllato, salvare le voci in forms/data/ e usare \"x-options\".");
                return null;
            case "custom":
                notes.script(component, "Le opzioni sono calcolate da JavaScript (data.custom), mai eseguito: il campo "
                        + "diventa un testo libero. Riscrivere le opzioni come \"oneOf\" o come origine dati: "
                        + data.path("custom").asText(""));
                return null;
            default:
                notes.changed(component, "Le opzioni arrivano da \"" + source + "\" di form.io (risorsa o archivio "
                        + "del browser), che la piattaforma non legge: il campo diventa un testo libero.");
                return null;
        }
    }

    private static String labelProperty(JsonNode component) {
        Matcher template = TEMPLATE_PROPERTY.matcher(component.path("template").asText(""));
        if (template.find()) {
            return template.group(1);
        }
        String label = component.path("labelProperty").asText("");
        return label.isEmpty() ? "label" : label;
    }

    private static ArrayNode oneOf(JsonNode items, String valueKey, String labelKey, JsonNode component,
            ImportNotes notes) {
        ArrayNode choices = JsonNodeFactory.instance.arrayNode();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            JsonNode value = item.isValueNode() ? item : item.path(valueKey);
            if (!value.isValueNode() || value.isNull() || value.asText().isEmpty()) {
                continue;
            }
            if (!seen.add(value.asText())) {
                notes.changed(component, "La scelta \"" + value.asText() + "\" compare più volte: è riportata una volta sola.");
                continue;
            }
            String label = item.isValueNode() ? item.asText() : HtmlText.label(item.path(labelKey).asText(""));
            ObjectNode choice = choices.addObject();
            choice.set("const", value.isNumber() || value.isBoolean() ? value : JsonNodeFactory.instance.textNode(value.asText()));
            choice.put("title", label.isEmpty() ? value.asText() : label);
        }
        return choices.isEmpty() ? null : choices;
    }
}
