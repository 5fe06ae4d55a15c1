package it.modulistica.renderer.view;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.LocalizedText;
import it.modulistica.engine.definition.Option;
import it.modulistica.engine.definition.OptionSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The choices of select and radio fields for one rendering, narrowed by the current values of the
 * fields they depend on ({@code dependsOn}), and the option of a stored value. Lists are kept for
 * the rendering, so 200 rows choosing among the comuni of one provincia filter the comuni once.
 * Not thread-safe: one per rendering.
 */
public final class OptionLookup {

    private final DataSources dataSources;
    private final JsonNode root;
    private final Map<Narrowing, List<Option>> lists = new HashMap<>();

    private record Narrowing(OptionSource source, Map<String, String> dependsOnValues) {
    }

    public OptionLookup(DataSources dataSources, JsonNode root) {
        this.dataSources = dataSources;
        this.root = root;
    }

    /** The concrete pointers of the fields this field's options depend on, by item key. */
    public Map<String, String> dependsOnPointers(Field field, int[] rows) {
        Map<String, String> pointers = new LinkedHashMap<>();
        field.options().dependsOn().forEach((key, pointer) -> pointers.put(key, DataPointers.concrete(pointer, rows)));
        return pointers;
    }

    /** The options the field offers given the current data, in the source's order. */
    public List<Option> options(Field field, int[] rows) {
        OptionSource source = field.options();
        Map<String, String> values = new LinkedHashMap<>();
        dependsOnPointers(field, rows).forEach((key, pointer) -> {
            JsonNode value = root.at(pointer);
            values.put(key, value.isValueNode() && !value.isNull() ? value.asText() : null);
        });
        return lists.computeIfAbsent(new Narrowing(source, values), k -> dataSources.options(source, values));
    }

    /**
     * The option with this value: the fixed option, or the data-source record with this value
     * (found through an index, whatever the fields it depends on hold now, so a value stored
     * before they changed still shows its name). Records outside the field's {@code where} are not
     * options of the field.
     */
    public Optional<Option> find(Field field, String value) {
        OptionSource source = field.options();
        if (!source.isDataSource()) {
            return source.inline().stream().filter(o -> o.value().equals(value)).findFirst();
        }
        Map<String, String> item = ValueIndex.find(dataSources, source.source(), source.valueKey(), value);
        if (item == null || !source.where().entrySet().stream().allMatch(w -> w.getValue().equals(item.get(w.getKey())))) {
            return Optional.empty();
        }
        return Optional.of(new Option(value, LocalizedText.of(item.getOrDefault(source.labelKey(), value))));
    }
}
