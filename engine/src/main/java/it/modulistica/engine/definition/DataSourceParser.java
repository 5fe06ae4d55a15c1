package it.modulistica.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a data file ({@code data/<name>.json}): an array of flat objects whose values are all
 * strings. A file breaking that shape is refused whole, with the places that break it.
 */
final class DataSourceParser {

    /** Enough places to show what is wrong without flooding the log for a large file. */
    private static final int MAX_PROBLEMS = 10;

    private DataSourceParser() {
    }

    /** The outcome of reading one data file: the data source, or the problems that kept it out. */
    record Result(Optional<DataSource> source, List<DefinitionProblem> problems) {
    }

    static Result parse(FormSource.SourceFile file) {
        JsonNode root;
        try {
            root = DefinitionJson.mapper().readTree(file.text());
        } catch (JsonProcessingException e) {
            return refused(List.of(new DefinitionProblem(file.path(), "", DefinitionJson.syntaxError(e))));
        }
        if (root == null || !root.isArray()) {
            return refused(List.of(new DefinitionProblem(file.path(), "",
                    "Un'origine dati deve essere un elenco (array) di oggetti con valori di tipo stringa")));
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            if (!item.isObject()) {
                problems.add(new DefinitionProblem(file.path(), "/" + i, "Ogni elemento deve essere un oggetto"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            int row = i;
            item.fields().forEachRemaining(entry -> {
                if (entry.getValue().isTextual()) {
                    values.put(entry.getKey(), entry.getValue().asText());
                } else {
                    problems.add(new DefinitionProblem(file.path(), "/" + row + "/" + DefinitionNodes.escape(entry.getKey()),
                            "Il valore deve essere una stringa (scrivere anche i codici numerici tra virgolette)"));
                }
            });
            items.add(values);
        }
        if (!problems.isEmpty()) {
            return refused(limited(file.path(), problems));
        }
        return new Result(Optional.of(new DataSource(file.baseName(), items)), List.of());
    }

    private static List<DefinitionProblem> limited(String path, List<DefinitionProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<DefinitionProblem> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        shown.add(new DefinitionProblem(path, "", new MessageFormat("… {0, plural, one {e un altro errore} other {e altri # errori}}",
                ULocale.ITALIAN).format(new Object[] {problems.size() - MAX_PROBLEMS})));
        return shown;
    }

    private static Result refused(List<DefinitionProblem> problems) {
        return new Result(Optional.empty(), List.copyOf(problems));
    }
}
