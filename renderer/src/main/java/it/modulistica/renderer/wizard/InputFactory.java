package it.modulistica.renderer.wizard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import it.modulistica.engine.definition.Constraints;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FileReference;
import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.LocalizedText;
import it.modulistica.engine.definition.Option;
import it.modulistica.engine.definition.ValueType;
import it.modulistica.engine.definition.VisibilityCondition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Arrays;
import it.modulistica.renderer.view.DataPointers;
import it.modulistica.renderer.view.OptionLookup;
import it.modulistica.renderer.wizard.Input.Choice;
import java.math.BigDecimal;
import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One {@link Input} from a value field: the widget, the HTML5 constraints derived from the schema
 * (required, length, pattern, range, input type), the help and error ids for
 * {@code aria-describedby}, the current value and the options allowed by the current data.
 */
final class InputFactory {

    private final Locale locale;
    private final Map<String, String> labels;
    private final OptionLookup lookup;
    private final JsonNode root;
    private final String filePath;
    private final Set<String> locked;

    /**
     * @param filePath where an uploaded file is downloaded, the file id appended; {@code null} for no links
     * @param locked   the pointers of the values the compiler may not change, printed as text
     */
    InputFactory(Locale locale, Map<String, String> labels, OptionLookup lookup, JsonNode root, String filePath,
            Set<String> locked) {
        this.locked = Set.copyOf(locked);
        this.locale = locale;
        this.labels = labels;
        this.lookup = lookup;
        this.root = root;
        this.filePath = filePath;
    }

    /** An element id from a JSON pointer: letters and digits kept, {@code /} as {@code _}, others as hex. */
    static String id(String pointer) {
        StringBuilder id = new StringBuilder("f");
        pointer.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                id.appendCodePoint(c);
            } else if (c == '/') {
                id.append('_');
            } else {
                id.append('-').append(Integer.toHexString(c)).append('-');
            }
        });
        return id.toString();
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        return paragraphs;
    }

    Control.Visibility visibility(Field field, int[] rows) {
        VisibilityCondition condition = field.visibleWhen();
        if (condition == null) {
            return null;
        }
        ArrayNode rowIndexes = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(rows).forEach(rowIndexes::add);
        return new Control.Visibility(condition.logic().expression().toString(), rowIndexes.toString());
    }

    Input input(Field field, String pointer, JsonNode value, int[] rows, String error, boolean disabledAround) {
        String id = id(pointer);
        boolean hidden = !DataPointers.isVisible(field, root, rows);
        List<String> help = paragraphs(field.help().in(locale));
        String helpId = help.isEmpty() ? null : id + "-help";
        String errorId = error == null ? null : id + "-error";
        StringJoiner describedBy = new StringJoiner(" ");
        if (helpId != null) {
            describedBy.add(helpId);
        }
        if (errorId != null) {
            describedBy.add(errorId);
        }
        Constraints limits = field.constraints();
        String widget = widget(field);
        boolean textual = field.type() == ValueType.STRING && field.options() == null;
        boolean number = field.type() == ValueType.NUMBER || field.type() == ValueType.INTEGER;
        boolean withOptions = field.options() != null || widget.equals("radio");
        return new Input(id, pointer, widget, htmlType(widget), field.label().in(locale), help, helpId,
                field.placeholder() == null || field.placeholder().isEmpty() ? null : field.placeholder().in(locale),
                field.required(), shown(value), value.isBoolean() ? value.booleanValue() : "true".equals(value.asText()),
                withOptions ? choices(field, id, value, rows) : List.of(),
                textual ? limits.minLength() : null, textual ? limits.maxLength() : null,
                textual ? htmlPattern(limits.pattern()) : null,
                number ? plain(limits.minimum()) : null, number ? plain(limits.maximum()) : null,
                number ? (field.type() == ValueType.INTEGER ? "1" : limits.multipleOf() != null ? plain(limits.multipleOf()) : "any") : null,
                error, errorId, describedBy.length() == 0 ? null : describedBy.toString(),
                field.options() != null && field.options().isDataSource() ? field.options().source() : null,
                field.options() != null && !field.options().dependsOn().isEmpty()
                        ? String.join(" ", lookup.dependsOnPointers(field, rows).values()) : null,
                hidden, hidden || disabledAround, visibility(field, rows), field.isComputed(),
                locked.contains(pointer) && !value.isMissingNode() && !value.isNull(),
                field.isFile() ? files(field, value) : null);
    }

    private Input.Files files(Field field, JsonNode value) {
        List<Input.UploadedFile> uploaded = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> FileReference.of(item).ifPresent(file -> uploaded.add(new Input.UploadedFile(
                    file.id().toString(), file.toJson().toString(), file.name(),
                    FileRules.describeSize(file.size(), locale), filePath == null ? null : filePath + file.id()))));
        }
        FileRules rules = field.files();
        StringJoiner accept = new StringJoiner(",");
        rules.accept().forEach(extension -> accept.add("." + extension));
        rules.types().forEach(type -> accept.add(type.mediaType()));
        String types = String.join(", ", rules.accept().stream().map(e -> e.toUpperCase(Locale.ROOT)).toList());
        String limits = new MessageFormat(labels.get("fileRules"), com.ibm.icu.util.ULocale.forLocale(locale)).format(new Object[] {
            types, FileRules.describeSize(rules.maxFileSize(), locale), rules.maxFiles()});
        int room = rules.maxFiles() - uploaded.size();
        return new Input.Files(uploaded, accept.toString(), limits, room > 0, room > 1);
    }

    private static String widget(Field field) {
        boolean list = WizardSteps.isList(field);
        return switch (field.widget()) {
            case SELECT -> list ? "multiselect" : "select";
            case CHECKBOX -> list ? "checkboxes" : "checkbox";
            default -> field.widget().jsonName();
        };
    }

    private static String htmlType(String widget) {
        return switch (widget) {
            case "date", "email", "tel", "number", "file", "checkbox", "radio" -> widget;
            case "checkboxes" -> "checkbox";
            case "text" -> "text";
            default -> null;
        };
    }

    private List<Choice> choices(Field field, String id, JsonNode value, int[] rows) {
        List<Option> options = field.options() != null ? lookup.options(field, rows)
                : List.of(new Option("true", LocalizedText.of(labels.get("yes"))),
                        new Option("false", LocalizedText.of(labels.get("no"))));
        List<String> selected = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> selected.add(v.asText()));
        } else if (value.isValueNode() && !value.isNull()) {
            selected.add(value.asText());
        }
        List<Choice> choices = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            choices.add(new Choice(id + "-" + i, option.value(), option.label().in(locale),
                    selected.contains(option.value())));
        }
        return choices;
    }

    private static String shown(JsonNode value) {
        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    /**
     * A JSON Schema pattern as an HTML {@code pattern}: the browser anchors it at both ends, while
     * the schema's pattern matches anywhere unless it anchors itself.
     */
    static String htmlPattern(String pattern) {
        if (pattern == null) {
            return null;
        }
        boolean start = pattern.startsWith("^");
        boolean end = pattern.endsWith("$") && !pattern.endsWith("\\$");
        String body = pattern.substring(start ? 1 : 0, end ? pattern.length() - 1 : pattern.length());
        return (start ? "" : ".*") + "(?:" + body + ")" + (end ? "" : ".*");
    }
}
