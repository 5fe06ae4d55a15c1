package it.modulistica.renderer.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FieldKind;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.renderer.InstanceHeader;
import it.modulistica.renderer.RenderRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the {@link InstanceView} of a {@link RenderRequest}: walks the definition's field tree in
 * order and reads each field's value from the data. Fields whose {@code x-visible-when} does not
 * hold are left out, in tables too (an empty cell).
 */
public final class InstanceViews {

    private final RenderRequest request;
    private final Locale locale;
    private final JsonNode root;
    private final ValueFormatter formatter;

    private InstanceViews(RenderRequest request) {
        this.request = request;
        this.locale = request.locale();
        this.root = request.data();
        this.formatter = new ValueFormatter(PageLabels.of(locale), locale,
                new OptionLookup(request.dataSources(), root));
    }

    /** The view model of the instance, in the request's language. */
    public static InstanceView build(RenderRequest request) {
        return new InstanceViews(request).view();
    }

    private InstanceView view() {
        FormDefinition definition = request.definition();
        List<StepView> steps = new ArrayList<>();
        for (Field step : definition.steps()) {
            if (DataPointers.isVisible(step, root, new int[0])) {
                steps.add(step(step));
            }
        }
        return new InstanceView(text(definition.title().in(locale)), definition.code(), definition.version(),
                header(request.header()), steps, PageLabels.of(locale), locale.getLanguage());
    }

    private HeaderView header(InstanceHeader header) {
        return new HeaderView(
                ValueFormatter.clean(header.number()),
                ValueFormatter.clean(header.stateLabel()),
                format(header.createdAt(), ValueFormatter.DATE_TIME),
                format(header.sentAt(), ValueFormatter.DATE_TIME),
                format(header.sentAt(), ValueFormatter.DATE),
                format(header.sentAt(), DateTimeFormatter.ofPattern("HH:mm")),
                ValueFormatter.clean(header.frozenSha256()),
                header.draft(),
                header.dueDates().stream().map(due -> new HeaderView.DueLine(text(due.label().in(locale)),
                        due.date().format(ValueFormatter.DATE), due.workingDays())).toList(),
                header.contacts().stream().map(contact -> new HeaderView.ContactLine(contact.phone(),
                        text(contact.label()), text(contact.address()), text(contact.hours()))).toList());
    }

    private static String format(Instant instant, DateTimeFormatter format) {
        return instant == null ? null : instant.atZone(ValueFormatter.ROME).format(format);
    }

    private StepView step(Field step) {
        JsonNode value = root.path(step.name());
        List<Block> blocks = new ArrayList<>();
        switch (step.kind()) {
            case SECTION -> section(step, value, 1, new int[0], blocks, false);
            case GROUP -> blocks.add(table(step, value, new int[0], false));
            case INFO -> blocks.add(info(step));
            case VALUE -> blocks.add(new SectionBlock(1, null, List.of(), List.of(line(step, value, new int[0]))));
        }
        return new StepView(text(step.label().in(locale)), intro(step), blocks);
    }

    /** Adds the blocks of a section: its fields, interrupted by nested sections, tables and texts. */
    private void section(Field section, JsonNode object, int level, int[] rows, List<Block> blocks, boolean titled) {
        String title = titled ? text(section.label().in(locale)) : null;
        List<String> intro = titled ? intro(section) : List.of();
        List<FieldLine> lines = new ArrayList<>();
        for (Field child : section.children()) {
            if (!DataPointers.isVisible(child, root, rows)) {
                continue;
            }
            JsonNode value = object.path(child.name());
            if (child.kind() == FieldKind.VALUE) {
                lines.add(line(child, value, rows));
                continue;
            }
            flush(blocks, level, title, intro, lines);
            title = null;
            intro = List.of();
            lines = new ArrayList<>();
            switch (child.kind()) {
                case SECTION -> section(child, value, level + 1, rows, blocks, true);
                case GROUP -> blocks.add(table(child, value, rows, true));
                default -> blocks.add(info(child));
            }
        }
        flush(blocks, level, title, intro, lines);
    }

    private static void flush(List<Block> blocks, int level, String title, List<String> intro, List<FieldLine> lines) {
        if (title != null || !intro.isEmpty() || !lines.isEmpty()) {
            blocks.add(new SectionBlock(level, title, intro, lines));
        }
    }

    private FieldLine line(Field field, JsonNode value, int[] rows) {
        return new FieldLine(text(field.label().in(locale)),
                List.of(formatter.format(field, value, rows).split("\r?\n", -1)));
    }

    private InfoBlock info(Field field) {
        return new InfoBlock(text(field.label().in(locale)), ValueFormatter.paragraphs(field.help().in(locale)));
    }

    private TableBlock table(Field group, JsonNode array, int[] rows, boolean titled) {
        List<Column> columns = new ArrayList<>();
        collectColumns(group.children(), List.of(), columns);
        List<String> headings = new ArrayList<>();
        headings.add(PageLabels.of(locale).get("rowNumber"));
        columns.forEach(c -> headings.add(text(c.field().label().in(locale))));
        List<List<String>> cells = new ArrayList<>();
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                int[] rowIndexes = DataPointers.append(rows, i);
                List<String> row = new ArrayList<>();
                row.add(String.valueOf(i + 1));
                for (Column column : columns) {
                    row.add(cell(column, array.get(i), rowIndexes));
                }
                cells.add(row);
            }
        }
        return new TableBlock(titled ? text(group.label().in(locale)) : null, titled ? intro(group) : List.of(),
                headings, cells);
    }

    /** A column of a table: a value field, reached from the row through nested sections. */
    private record Column(Field field, List<Field> sections) {
    }

    private static void collectColumns(List<Field> fields, List<Field> sections, List<Column> columns) {
        for (Field field : fields) {
            if (field.kind() == FieldKind.SECTION) {
                List<Field> deeper = new ArrayList<>(sections);
                deeper.add(field);
                collectColumns(field.children(), deeper, columns);
            } else if (field.kind() != FieldKind.INFO) {
                columns.add(new Column(field, sections));
            }
        }
    }

    private String cell(Column column, JsonNode row, int[] rows) {
        JsonNode node = row;
        for (Field section : column.sections()) {
            if (!DataPointers.isVisible(section, root, rows)) {
                return "";
            }
            node = node == null ? MissingNode.getInstance() : node.path(section.name());
        }
        Field field = column.field();
        if (!DataPointers.isVisible(field, root, rows)) {
            return "";
        }
        JsonNode value = node.path(field.name());
        if (field.kind() == FieldKind.GROUP) {
            return nestedRows(field, value, rows);
        }
        return formatter.format(field, value, rows);
    }

    /** A group inside a row of a group: its rows as lines of comma-separated values. */
    private String nestedRows(Field group, JsonNode array, int[] rows) {
        if (!array.isArray() || array.isEmpty()) {
            return formatter.empty();
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            int[] inner = DataPointers.append(rows, i);
            List<String> values = new ArrayList<>();
            for (Field child : group.children()) {
                if (child.kind() == FieldKind.VALUE && DataPointers.isVisible(child, root, inner)) {
                    values.add(formatter.format(child, array.get(i).path(child.name()), inner));
                }
            }
            lines.add(String.join(", ", values));
        }
        return String.join("\n", lines);
    }

    private List<String> intro(Field field) {
        return ValueFormatter.paragraphs(field.help().in(locale));
    }

    private static String text(String text) {
        return ValueFormatter.clean(text);
    }
}
