package it.modulistica.app.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FieldKind;
import it.modulistica.engine.definition.OptionSource;
import it.modulistica.engine.definition.FormDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The columns of a module's export, from its definition: one column per value field outside
 * repeatable groups (headed by its label, with its section's label when two fields share one), and
 * one table per repeatable group with a column per value field of a row. A field whose value is a
 * code from an option list whose labels are not the codes themselves (a comune's ISTAT code, a
 * provincia's sigla, a {@code oneOf} choice) gets a second column beside it with the option's label.
 */
record ExportLayout(List<Column> columns, List<Group> groups) {

    /**
     * A value field: its header and where its value is, relative to the instance or to a row;
     * {@code labelOf} is the field whose option labels the column shows for the codes stored there,
     * {@code null} for a column of stored values.
     */
    record Column(String header, String pointer, Field labelOf) {

        boolean showsOptionLabels() {
            return labelOf != null;
        }

        JsonNode valueIn(JsonNode data) {
            return data.at(pointer);
        }
    }

    /**
     * A repeatable group: {@code name} is its property name (the sheet or file name), {@code pointer}
     * where its rows are in the data.
     */
    record Group(String name, String title, String pointer, List<Column> columns) {
    }

    /**
     * @param labelHeader the header of an option-label column from the header of its code column
     */
    static ExportLayout of(FormDefinition definition, Locale locale, UnaryOperator<String> labelHeader) {
        List<Candidate> main = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        definition.steps().forEach(step -> walk(step, "", "", main, groups, new Headers(locale, labelHeader)));
        return new ExportLayout(headed(main, locale, labelHeader), List.copyOf(groups));
    }

    private record Candidate(String label, String section, String pointer, Field field) {
    }

    private record Headers(Locale locale, UnaryOperator<String> labelHeader) {
    }

    /**
     * @param base the pointer the field's path is taken relative to ({@code ""} for the instance, the
     *             group's rows otherwise)
     */
    private static void walk(Field field, String base, String section, List<Candidate> columns, List<Group> groups,
            Headers headers) {
        Locale locale = headers.locale();
        String label = field.label().in(locale).isBlank() ? field.name() : field.label().in(locale).strip();
        String pointer = relative(field.path(), base);
        switch (field.kind()) {
            case SECTION -> field.children().forEach(child -> walk(child, base, label, columns, groups, headers));
            case GROUP -> {
                if (base.isEmpty()) {
                    List<Candidate> rows = new ArrayList<>();
                    field.children().forEach(child -> walk(child, field.path() + "/*", label, rows, groups, headers));
                    groups.add(new Group(field.name(), label, pointer, headed(rows, locale, headers.labelHeader())));
                } else {
                    // A group inside a group's row: its rows are written as one JSON text in the cell.
                    columns.add(new Candidate(label, section, pointer, field));
                }
            }
            case VALUE -> columns.add(new Candidate(label, section, pointer, field));
            case INFO -> {
            }
        }
    }

    private static String relative(String path, String base) {
        return base.isEmpty() ? path : path.substring(base.length());
    }

    /** Labels made unique: a label used twice gets its section's label in front. */
    private static List<Column> headed(List<Candidate> candidates, Locale locale, UnaryOperator<String> labelHeader) {
        Map<String, Integer> uses = new HashMap<>();
        candidates.forEach(candidate -> uses.merge(candidate.label(), 1, Integer::sum));
        List<Column> columns = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String header = uses.get(candidate.label()) > 1 && !candidate.section().isBlank()
                    ? candidate.section() + " - " + candidate.label() : candidate.label();
            columns.add(new Column(header, candidate.pointer(), null));
            if (storesCodes(candidate.field(), locale)) {
                columns.add(new Column(labelHeader.apply(header), candidate.pointer(), candidate.field()));
            }
        }
        return List.copyOf(columns);
    }

    /** Whether the field stores codes of an option list whose labels say more than the codes. */
    private static boolean storesCodes(Field field, Locale locale) {
        OptionSource options = field.kind() == FieldKind.VALUE ? field.options() : null;
        if (options == null) {
            return false;
        }
        if (options.isDataSource()) {
            return options.labelKey() != null && !options.labelKey().equals(options.valueKey());
        }
        return options.inline().stream().anyMatch(option -> !option.label().in(locale).equals(option.value()));
    }

    boolean hasGroups() {
        return !groups.isEmpty();
    }
}
