package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the values of a definition's JSON nodes the way the format means them. */
final class DefinitionNodes {

    private DefinitionNodes() {
    }

    /** The Italian text of a keyword with its translations from {@code x-i18n}. */
    static LocalizedText text(JsonNode node, String keyword) {
        if (!node.path(keyword).isTextual()) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> translations = new LinkedHashMap<>();
        node.path("x-i18n").fields().forEachRemaining(language -> {
            JsonNode translated = language.getValue().path(keyword);
            if (translated.isTextual()) {
                translations.put(language.getKey(), translated.asText());
            }
        });
        return new LocalizedText(node.path(keyword).asText(), translations);
    }

    static Integer integer(JsonNode node, String keyword) {
        return node.path(keyword).canConvertToInt() && node.path(keyword).isIntegralNumber()
                ? node.path(keyword).intValue() : null;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object instanceof ObjectNode) {
            object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }

    /** Escapes a property name for use in a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return DefinitionJson.pointerToken(name);
    }
}
