package it.modulistica.engine.definition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named list of reference records ({@code forms/data/<name>.json}: an array of flat objects with
 * string values), such as the comuni with their ISTAT code, name and provincia.
 */
public record DataSource(String name, List<Map<String, String>> items) {

    public DataSource {
        items = items.stream().map(Map::copyOf).toList();
    }

    /** The keys that appear in the records. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        items.forEach(item -> keys.addAll(item.keySet()));
        return keys;
    }
}
