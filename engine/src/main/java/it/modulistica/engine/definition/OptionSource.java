package it.modulistica.engine.definition;

import java.util.List;
import java.util.Map;

/**
 * Where the choices of a field come from: either a fixed list written in the definition
 * ({@code enum}, or {@code oneOf} of {@code const} with {@code title}), or a named data source in
 * {@code forms/data/<source>.json}, optionally narrowed by fixed values ({@code where}) and by the
 * current value of other fields ({@code dependsOn}: item key to the JSON pointer of the field whose
 * value it must equal, e.g. {@code provincia -> /comune/provincia}).
 */
public record OptionSource(
        List<Option> inline,
        String source,
        String valueKey,
        String labelKey,
        Map<String, String> where,
        Map<String, String> dependsOn) {

    public OptionSource {
        inline = List.copyOf(inline);
        where = Map.copyOf(where);
        dependsOn = Map.copyOf(dependsOn);
    }

    public static OptionSource fixed(List<Option> options) {
        return new OptionSource(options, null, null, null, Map.of(), Map.of());
    }

    public boolean isDataSource() {
        return source != null;
    }
}
