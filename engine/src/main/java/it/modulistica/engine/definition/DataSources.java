package it.modulistica.engine.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The data sources of a forms directory, by name. */
public final class DataSources {

    public static final DataSources NONE = new DataSources(List.of());

    private final Map<String, DataSource> byName;
    private final Map<String, Map<String, List<Map<String, String>>>> indexes = new ConcurrentHashMap<>();

    public DataSources(List<DataSource> sources) {
        this.byName = sources.stream().collect(Collectors.toUnmodifiableMap(DataSource::name, s -> s));
    }

    public Optional<DataSource> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    /**
     * The options a data-source field offers, narrowed by its fixed {@code where} values and by the
     * values of the fields it depends on ({@code dependsOnValues}: item key to required value; a
     * {@code null} value means the field it depends on is empty, which leaves no option).
     */
    public List<Option> options(OptionSource source, Map<String, String> dependsOnValues) {
        if (!source.isDataSource()) {
            return source.inline();
        }
        DataSource data = byName.get(source.source());
        if (data == null) {
            return List.of();
        }
        return data.items().stream()
                .filter(item -> source.where().entrySet().stream()
                        .allMatch(w -> w.getValue().equals(item.get(w.getKey()))))
                .filter(item -> dependsOnValues.entrySet().stream()
                        .allMatch(d -> d.getValue() != null && d.getValue().equals(item.get(d.getKey()))))
                .map(item -> new Option(item.get(source.valueKey()),
                        LocalizedText.of(item.getOrDefault(source.labelKey(), item.get(source.valueKey())))))
                .toList();
    }

    /**
     * Whether {@code value} is one of the options {@link #options} would give, answered through an
     * index on the value key rather than a scan, since it runs on every validation.
     */
    public boolean offers(OptionSource source, String value, Map<String, String> dependsOnValues) {
        if (!source.isDataSource()) {
            return source.inline().stream().anyMatch(o -> o.value().equals(value));
        }
        DataSource data = byName.get(source.source());
        if (data == null) {
            return false;
        }
        // The same value may come under several parents (class "2" of two schools): any record
        // with that value that passes the filters offers it.
        List<Map<String, String>> items = indexes
                .computeIfAbsent(source.source() + "\u0000" + source.valueKey(), k -> index(data, source.valueKey()))
                .getOrDefault(value, List.of());
        return items.stream().anyMatch(item ->
                source.where().entrySet().stream().allMatch(w -> w.getValue().equals(item.get(w.getKey())))
                && dependsOnValues.entrySet().stream()
                        .allMatch(d -> d.getValue() != null && d.getValue().equals(item.get(d.getKey()))));
    }

    private static Map<String, List<Map<String, String>>> index(DataSource data, String valueKey) {
        return data.items().stream()
                .filter(item -> item.get(valueKey) != null)
                .collect(Collectors.groupingBy(item -> item.get(valueKey), Collectors.toUnmodifiableList()));
    }
}
