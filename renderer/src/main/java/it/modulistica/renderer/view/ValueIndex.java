package it.modulistica.renderer.view;

import it.modulistica.engine.definition.DataSource;
import it.modulistica.engine.definition.DataSources;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records of each data source by value key, built once per loaded {@link DataSources} (a
 * catalogue reload brings new instances; the old indexes go with them), so that showing the name
 * of a comune is a lookup rather than a scan of 7,896 records.
 */
final class ValueIndex {

    private static final Map<DataSources, Map<String, Map<String, Map<String, String>>>> INDEXES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ValueIndex() {
    }

    /** The record of source {@code source} whose {@code valueKey} is {@code value}, or {@code null}. */
    static Map<String, String> find(DataSources dataSources, String source, String valueKey, String value) {
        Map<String, Map<String, Map<String, String>>> bySource =
                INDEXES.computeIfAbsent(dataSources, k -> new ConcurrentHashMap<>());
        return bySource.computeIfAbsent(source + "\u0000" + valueKey,
                k -> dataSources.find(source).map(data -> index(data, valueKey)).orElse(Map.of()))
                .get(value);
    }

    private static Map<String, Map<String, String>> index(DataSource data, String valueKey) {
        Map<String, Map<String, String>> index = new HashMap<>();
        data.items().forEach(item -> {
            String value = item.get(valueKey);
            if (value != null) {
                index.putIfAbsent(value, item);
            }
        });
        return Map.copyOf(index);
    }
}
