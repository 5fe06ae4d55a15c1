package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and checks the {@code x-file} of a file field. The items of a file field are file
 * references the platform writes, so their schema is the platform's: authors write neither
 * {@code items} nor {@code maxItems} (which is {@code x-file.maxFiles}).
 */
final class FileFields {

    private FileFields() {
    }

    static FileRules rules(JsonNode node, String pointer, Problems problems) {
        for (String keyword : List.of("items", "maxItems", "enum", "oneOf", "x-options")) {
            if (node.has(keyword)) {
                problems.add(pointer + "/" + keyword, "Un campo file non dichiara \"" + keyword + "\": "
                        + (keyword.equals("maxItems") ? "usare \"x-file\": { \"maxFiles\": N }"
                                : "gli elementi sono i riferimenti ai file caricati, descritti dalla piattaforma"));
            }
        }
        JsonNode spec = node.path("x-file");
        if (!spec.isObject()) {
            problems.add(pointer, "Un campo file dichiara \"x-file\" con almeno \"accept\" (es. [\"pdf\"])");
            return new FileRules(List.of(), FileRules.DEFAULT_MAX_FILE_SIZE, 1);
        }
        List<String> accept = new ArrayList<>();
        JsonNode extensions = spec.path("accept");
        if (!extensions.isArray() || extensions.isEmpty()) {
            problems.add(pointer + "/x-file/accept", "Indicare in \"accept\" almeno un tipo di file tra "
                    + String.join(", ", FileType.allExtensions()));
        }
        for (int i = 0; i < extensions.size(); i++) {
            String extension = extensions.get(i).asText("").toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
            if (FileType.ofExtension(extension).isEmpty()) {
                problems.add(pointer + "/x-file/accept/" + i, "Tipo di file sconosciuto \"" + extensions.get(i).asText()
                        + "\": sono ammessi " + String.join(", ", FileType.allExtensions()));
            } else if (!accept.contains(extension)) {
                accept.add(extension);
            }
        }
        long maxFileSize = FileRules.DEFAULT_MAX_FILE_SIZE;
        if (spec.has("maxFileSize")) {
            maxFileSize = FileRules.parseSize(spec.path("maxFileSize").asText()).orElseGet(() -> {
                problems.add(pointer + "/x-file/maxFileSize", "Dimensione non valida \"" + spec.path("maxFileSize").asText()
                        + "\": scrivere un numero seguito da B, KB, MB o GB (es. \"5MB\")");
                return FileRules.DEFAULT_MAX_FILE_SIZE;
            });
        }
        int maxFiles = 1;
        if (spec.has("maxFiles")) {
            maxFiles = spec.path("maxFiles").canConvertToInt() && spec.path("maxFiles").isIntegralNumber()
                    ? spec.path("maxFiles").intValue() : 0;
            if (maxFiles < 1) {
                problems.add(pointer + "/x-file/maxFiles", "\"maxFiles\" deve essere un numero intero da 1 in su");
                maxFiles = 1;
            }
        }
        Integer minItems = DefinitionNodes.integer(node, "minItems");
        if (minItems != null && minItems > maxFiles) {
            problems.add(pointer + "/minItems", "\"minItems\" (" + minItems + ") supera \"x-file.maxFiles\" (" + maxFiles + ")");
        }
        return new FileRules(accept, maxFileSize, maxFiles);
    }
}
