package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import it.modulistica.engine.definition.Constraints;
import it.modulistica.engine.definition.DataPaths;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FieldKind;
import it.modulistica.engine.definition.FileReference;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OptionSource;
import it.modulistica.engine.definition.VisibilityCondition;
import it.modulistica.engine.definition.Widget;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that follow the definition's field tree rather than the JSON Schema: keys the
 * definition does not know, values of hidden fields, required fields (reported at the missing field
 * itself, looking into missing sections) and membership of data-source options.
 *
 * <p>Normalisation happens here too: strings are trimmed (text areas keep their inner layout),
 * empty strings and nulls count as absent, codici fiscali and IBANs are upper-cased.
 */
final class DataWalker {

    private static final Set<String> UPPER_CASE_FORMATS = Set.of("codice-fiscale", "iban");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FormDefinition definition;
    private final DataSources dataSources;
    private final ObjectNode root;
    private final List<Violation> violations;
    private final LocalDate today;

    DataWalker(FormDefinition definition, DataSources dataSources, ObjectNode root, List<Violation> violations,
            LocalDate today) {
        this.definition = definition;
        this.today = today;
        this.dataSources = dataSources;
        this.root = root;
        this.violations = violations;
    }

    /**
     * Drops unknown keys (reporting each), normalises values, removes values of hidden fields, then
     * writes the computed fields (whose own value, when hidden, goes too).
     */
    void normalise() {
        normaliseObject(root, definition.steps(), "");
        removeAllHidden();
        ComputedValues.write(definition, root, today);
        removeHidden(root, definition.steps(), new int[0]);
    }

    private void removeAllHidden() {
        // A hidden field may control another one, so hiding repeats until nothing changes; every
        // round removes at least one value, so the number of fields bounds it.
        int rounds = 0;
        boolean removed;
        do {
            removed = removeHidden(root, definition.steps(), new int[0]);
        } while (removed && ++rounds <= definition.allFields().size());
    }

    private void normaliseObject(ObjectNode object, List<Field> fields, String pointer) {
        Map<String, Field> byName = new HashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String childPointer = pointer + "/" + escape(entry.getKey());
            Field field = byName.get(entry.getKey());
            if (field == null || !field.holdsData()) {
                violations.add(Violation.of(childPointer, "unknownField"));
                entries.remove();
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                entries.remove();
            } else if (value.isTextual()) {
                String text = normaliseText(field, value.asText());
                if (text.isEmpty()) {
                    entries.remove();
                } else if (!text.equals(value.asText())) {
                    entry.setValue(TextNode.valueOf(text));
                }
            } else if (field.isFile() && value.isArray() && value.isEmpty()) {
                entries.remove();
            } else if (field.kind() == FieldKind.SECTION && value.isObject()) {
                normaliseObject((ObjectNode) value, field.children(), childPointer);
            } else if (field.kind() == FieldKind.GROUP && value.isArray()) {
                ArrayNode rows = (ArrayNode) value;
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).isObject()) {
                        normaliseObject((ObjectNode) rows.get(i), field.children(), childPointer + "/" + i);
                    }
                }
            }
        }
    }

    private static String normaliseText(Field field, String text) {
        String trimmed = field.widget() == Widget.TEXTAREA ? text.strip().isEmpty() ? "" : text : text.strip();
        String format = field.constraints().format();
        if (format != null && UPPER_CASE_FORMATS.contains(format)) {
            return format.equals("iban") ? trimmed.replace(" ", "").toUpperCase(java.util.Locale.ROOT)
                    : trimmed.toUpperCase(java.util.Locale.ROOT);
        }
        return trimmed;
    }

    /** Removes values of fields whose condition does not hold; true when something was removed. */
    private boolean removeHidden(ObjectNode object, List<Field> fields, int[] rows) {
        boolean removed = false;
        for (Field field : fields) {
            JsonNode value = object.get(field.name());
            if (value == null) {
                continue;
            }
            if (!isVisible(field, rows)) {
                object.remove(field.name());
                removed = true;
            } else if (field.kind() == FieldKind.SECTION && value.isObject()) {
                removed |= removeHidden((ObjectNode) value, field.children(), rows);
            } else if (field.kind() == FieldKind.GROUP && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        removed |= removeHidden((ObjectNode) value.get(i), field.children(), append(rows, i));
                    }
                }
            }
        }
        return removed;
    }

    /** Reports required fields that are missing, looking into missing sections for their fields. */
    void checkRequired() {
        checkRequired(root, definition.steps(), "", new int[0]);
    }

    private void checkRequired(JsonNode container, List<Field> fields, String pointer, int[] rows) {
        for (Field field : fields) {
            if (!field.holdsData() || !isVisible(field, rows)) {
                continue;
            }
            String childPointer = pointer + "/" + escape(field.name());
            JsonNode value = container == null ? null : container.get(field.name());
            if (value == null) {
                Integer minFiles = field.constraints().minItems();
                if (field.isFile() && minFiles != null && minFiles > 0) {
                    // An empty file field posts nothing: minItems alone makes it required.
                    violations.add(new Violation(childPointer, "minItems", Map.of("limit", minFiles)));
                    continue;
                }
                if (!field.required()) {
                    continue;
                }
                switch (field.kind()) {
                    case SECTION -> checkRequired(null, field.children(), childPointer, rows);
                    case GROUP -> {
                        Integer minItems = field.constraints().minItems();
                        violations.add(minItems != null && minItems > 0
                                ? new Violation(childPointer, "minItems", Map.of("limit", minItems))
                                : Violation.of(childPointer, "required"));
                    }
                    default -> violations.add(Violation.of(childPointer, "required"));
                }
            } else if (field.kind() == FieldKind.SECTION && value.isObject()) {
                checkRequired(value, field.children(), childPointer, rows);
            } else if (field.kind() == FieldKind.GROUP && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        checkRequired(value.get(i), field.children(), childPointer + "/" + i, append(rows, i));
                    }
                }
            }
        }
    }

    /** Reports dates before their field's {@code x-minDate} or after its {@code x-maxDate}. */
    void checkDates() {
        for (Field field : definition.allFields()) {
            Constraints limits = field.constraints();
            if (field.kind() != FieldKind.VALUE || (limits.minDate() == null && limits.maxDate() == null)) {
                continue;
            }
            LocalDate min = bound(limits.minDate(), today);
            LocalDate max = bound(limits.maxDate(), today);
            DataPaths.forEachValue(root, field.path(), (pointer, value) -> {
                LocalDate date = value.isTextual() ? date(value.asText()) : null;
                if (date != null && min != null && date.isBefore(min)) {
                    violations.add(new Violation(pointer, "minDate", Map.of("limit", DAY.format(min))));
                } else if (date != null && max != null && date.isAfter(max)) {
                    violations.add(new Violation(pointer, "maxDate", Map.of("limit", DAY.format(max))));
                }
            });
        }
    }

    private static LocalDate bound(String bound, LocalDate today) {
        if (bound == null) {
            return null;
        }
        return Constraints.TODAY.equals(bound) ? today : LocalDate.parse(bound);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // not a date: the field's format reports it
            return null;
        }
    }

    /**
     * Reports file references that are not of the shape the platform writes
     * ({@code {"id", "name", "mediaType", "size"}}), each at its item. Whether the files exist and
     * belong to the instance is the lifecycle's to check.
     */
    void checkFileReferences() {
        for (Field field : definition.fileFields()) {
            DataPaths.forEachValue(root, field.path(), (pointer, value) -> {
                if (!value.isArray()) {
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    if (!FileReference.isWellFormed(value.get(i))) {
                        violations.add(Violation.of(pointer + "/" + i, "fileReference"));
                    }
                }
            });
        }
    }

    /** Reports values of data-source fields that the source, narrowed as the field says, does not offer. */
    void checkOptions() {
        checkOptions(root, definition.steps(), "", new int[0]);
    }

    private void checkOptions(JsonNode container, List<Field> fields, String pointer, int[] rows) {
        for (Field field : fields) {
            JsonNode value = container.get(field.name());
            if (value == null) {
                continue;
            }
            String childPointer = pointer + "/" + escape(field.name());
            OptionSource options = field.options();
            if (field.kind() == FieldKind.VALUE && options != null && options.isDataSource()) {
                Map<String, String> dependsOn = new HashMap<>();
                options.dependsOn().forEach((key, target) -> {
                    JsonNode other = root.at(concrete(target, rows));
                    dependsOn.put(key, other.isValueNode() ? other.asText() : null);
                });
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        if (value.get(i).isValueNode() && !dataSources.offers(options, value.get(i).asText(), dependsOn)) {
                            violations.add(Violation.of(childPointer + "/" + i, "option"));
                        }
                    }
                } else if (value.isValueNode() && !dataSources.offers(options, value.asText(), dependsOn)) {
                    violations.add(Violation.of(childPointer, "option"));
                }
            } else if (field.kind() == FieldKind.SECTION && value.isObject()) {
                checkOptions(value, field.children(), childPointer, rows);
            } else if (field.kind() == FieldKind.GROUP && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        checkOptions(value.get(i), field.children(), childPointer + "/" + i, append(rows, i));
                    }
                }
            }
        }
    }

    private boolean isVisible(Field field, int[] rows) {
        VisibilityCondition condition = field.visibleWhen();
        return condition == null || condition.holds(root, rows, today);
    }

    /** Replaces each {@code *} of a pointer with the row index of the same nesting level. */
    static String concrete(String pointer, int[] rows) {
        if (pointer.indexOf('*') < 0) {
            return pointer;
        }
        String[] tokens = pointer.split("/", -1);
        int row = 0;
        List<String> out = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            out.add("*".equals(token) && row < rows.length ? String.valueOf(rows[row++]) : token);
        }
        return String.join("/", out);
    }

    private static int[] append(int[] rows, int row) {
        int[] longer = java.util.Arrays.copyOf(rows, rows.length + 1);
        longer[rows.length] = row;
        return longer;
    }

    private static String escape(String name) {
        return DefinitionJson.pointerToken(name);
    }
}
