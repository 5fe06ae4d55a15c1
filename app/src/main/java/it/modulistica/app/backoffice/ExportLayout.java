package it.modulistica.app.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a module's export, from its definition: one column per value field outside
 * repeatable groups (headed by its label, with its section's label when two fields share one), and
 * one table per repeatable group with a column per value field of a row.
 */
record ExportLayout(List<Column> columns, List<Group> groups) {

    /** A value field: its header and where its value is, relative to the instance or to a row. */
    record Column(String header, String pointer) {

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

    static ExportLayout of(FormDefinition definition, Locale locale) {
        List<Candidate> main = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        definition.steps().forEach(step -> walk(step, "", "", main, groups, locale));
        return new ExportLayout(headed(main), List.copyOf(groups));
    }

    private record Candidate(String label, String section, String pointer) {
    }

    /**
     * @param base the pointer the field's path is taken relative to ({@code ""} for the instance, the
     *             group's rows otherwise)
     */
    private static void walk(Field field, String base, String section, List<Candidate> columns, List<Group> groups,
            Locale locale) {
        String label = field.label().in(locale).isBlank() ? field.name() : field.label().in(locale).strip();
        String pointer = relative(field.path(), base);
        switch (field.kind()) {
            case SECTION -> field.children().forEach(child -> walk(child, base, label, columns, groups, locale));
            case GROUP -> {
                if (base.isEmpty()) {
                    List<Candidate> rows = new ArrayList<>();
                    field.children().forEach(child -> walk(child, field.path() + "/*", label, rows, groups, locale));
                    groups.add(new Group(field.name(), label, pointer, headed(rows)));
                } else {
                    // A group inside a group's row: its rows are written as one JSON text in the cell.
                    columns.add(new Candidate(label, section, pointer));
                }
            }
            case VALUE -> columns.add(new Candidate(label, section, pointer));
            case INFO -> {
            }
        }
    }

    private static String relative(String path, String base) {
        return base.isEmpty() ? path : path.substring(base.length());
    }

    /** Labels made unique: a label used twice gets its section's label in front. */
    private static List<Column> headed(List<Candidate> candidates) {
        Map<String, Integer> uses = new HashMap<>();
        candidates.forEach(candidate -> uses.merge(candidate.label(), 1, Integer::sum));
        return candidates.stream().map(candidate -> new Column(uses.get(candidate.label()) > 1
                && !candidate.section().isBlank() ? candidate.section() + " - " + candidate.label() : candidate.label(),
                candidate.pointer())).toList();
    }

    boolean hasGroups() {
        return !groups.isEmpty();
    }
}
