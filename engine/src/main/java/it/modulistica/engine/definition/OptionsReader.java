package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the choices a field offers and checks that the data source it names has the keys used. */
final class OptionsReader {

    private OptionsReader() {
    }

    /**
     * The options of a field from {@code x-options} (a data source, whose keys are checked),
     * {@code enum} or {@code oneOf}; {@code null} when it has none.
     */
    static OptionSource read(JsonNode node, String pointer, DataSources dataSources, Problems problems) {
        if (node.has("x-options")) {
            JsonNode spec = node.path("x-options");
            String source = spec.path("source").asText("");
            String valueKey = spec.path("value").asText("");
            String labelKey = spec.path("label").asText(valueKey);
            Optional<DataSource> data = dataSources.find(source);
            if (data.isEmpty()) {
                problems.add(pointer + "/x-options/source", "Origine dati sconosciuta \"" + source + "\"; disponibili: "
                        + dataSources.names());
            } else {
                Set<String> keys = data.get().keys();
                for (String key : List.of(valueKey, labelKey)) {
                    if (!keys.contains(key)) {
                        problems.add(pointer + "/x-options", "L'origine dati \"" + source + "\" non ha la chiave \"" + key
                                + "\"; chiavi: " + keys);
                    }
                }
                spec.path("where").fieldNames().forEachRemaining(key -> {
                    if (!keys.contains(key)) {
                        problems.add(pointer + "/x-options/where/" + DefinitionNodes.escape(key), "L'origine dati \"" + source
                                + "\" non ha la chiave \"" + key + "\"");
                    }
                });
                spec.path("dependsOn").fieldNames().forEachRemaining(key -> {
                    if (!keys.contains(key)) {
                        problems.add(pointer + "/x-options/dependsOn/" + DefinitionNodes.escape(key), "L'origine dati \"" + source
                                + "\" non ha la chiave \"" + key + "\"");
                    }
                });
            }
            return new OptionSource(List.of(), source, valueKey, labelKey, DefinitionNodes.stringMap(spec.path("where")),
                    DefinitionNodes.stringMap(spec.path("dependsOn")));
        }
        if (node.path("enum").isArray()) {
            List<Option> options = new ArrayList<>();
            node.path("enum").forEach(v -> options.add(new Option(v.asText(), LocalizedText.of(v.asText()))));
            return OptionSource.fixed(options);
        }
        if (node.path("oneOf").isArray()) {
            List<Option> options = new ArrayList<>();
            JsonNode oneOf = node.path("oneOf");
            for (int i = 0; i < oneOf.size(); i++) {
                JsonNode choice = oneOf.get(i);
                if (!choice.has("const")) {
                    problems.add(pointer + "/oneOf/" + i, "Ogni scelta di \"oneOf\" deve avere \"const\" e \"title\"");
                    continue;
                }
                options.add(new Option(choice.path("const").asText(), DefinitionNodes.text(choice, "title")));
            }
            return OptionSource.fixed(options);
        }
        return null;
    }
}
