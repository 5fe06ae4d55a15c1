package it.modulistica.renderer.wizard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FieldKind;
import it.modulistica.engine.definition.FormDefinition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns the fields of a posted wizard step back into JSON data. Input names are JSON pointers
 * ({@code /comune/cap}, {@code /utenti/0/nome}); names that are not pointers to a value field of
 * the definition ({@code _add}, {@code _csrf}) are ignored. Values take the field's type: a
 * checkbox is {@code true} when "true" or "on" was posted among its values (the wizard posts a
 * hidden "false" before each checkbox, so an unticked box reads {@code false}), numbers are parsed
 * (a number that does not parse stays text, for validation to report), empty strings are dropped,
 * and so are sections left with nothing. Rows keep their posted order and are renumbered from 0;
 * a posted row whose fields are all empty stays as an empty object, so an added row survives. A
 * file field's values are the JSON references of its uploaded files, posted back by hidden inputs;
 * the files themselves are uploaded apart.
 */
public final class FormPostReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormPostReader() {
    }

    /** The data the posted fields hold: only the steps whose fields were posted are present. */
    public static ObjectNode read(FormDefinition definition, Map<String, List<String>> posted) {
        Map<String, Object> tree = new LinkedHashMap<>();
        posted.forEach((name, values) -> {
            if (name.startsWith("/")) {
                place(definition, tree, tokens(name), values);
            }
        });
        ObjectNode data = JSON.objectNode();
        fill(data, definition.steps(), tree, false);
        return data;
    }

    /**
     * Applies the row buttons of a post to the data read from it: {@code _add} (the pointer of a
     * group) appends an empty row, {@code _remove} (the pointer of a row) removes that row.
     *
     * @return whether a row button was pressed, so the step is shown again instead of moving on
     */
    public static boolean applyRowButtons(FormDefinition definition, ObjectNode data, Map<String, List<String>> posted) {
        boolean pressed = false;
        for (String pointer : posted.getOrDefault("_add", List.of())) {
            Optional<Field> group = definition.field(pointer).filter(f -> f.kind() == FieldKind.GROUP);
            if (group.isPresent()) {
                rows(data, pointer).addObject();
                pressed = true;
            }
        }
        for (String pointer : posted.getOrDefault("_remove", List.of())) {
            int slash = pointer.lastIndexOf('/');
            String index = pointer.substring(slash + 1);
            Optional<Field> group = definition.field(pointer.substring(0, Math.max(slash, 0)))
                    .filter(f -> f.kind() == FieldKind.GROUP);
            if (group.isPresent() && index.matches("\\d{1,6}")) {
                ArrayNode rows = rows(data, pointer.substring(0, slash));
                if (Integer.parseInt(index) < rows.size()) {
                    rows.remove(Integer.parseInt(index));
                }
                pressed = true;
            }
        }
        return pressed;
    }

    /**
     * Removes the rows of the groups in {@code data} that hold nothing (no text, number, choice or
     * ticked box), as long as the group keeps its {@code minItems}: a row added and left empty does
     * not stop "Salva e prosegui".
     */
    public static void dropEmptyRows(FormDefinition definition, ObjectNode data) {
        dropEmptyRows(definition.steps(), data);
    }

    private static void dropEmptyRows(List<Field> fields, JsonNode object) {
        for (Field field : fields) {
            JsonNode value = object.path(field.name());
            if (field.kind() == FieldKind.SECTION && value.isObject()) {
                dropEmptyRows(field.children(), value);
            } else if (field.kind() == FieldKind.GROUP && value instanceof ArrayNode rows) {
                int minimum = field.constraints().minItems() == null ? 0 : field.constraints().minItems();
                for (int i = rows.size() - 1; i >= 0 && rows.size() > minimum; i--) {
                    if (holdsNothing(rows.get(i))) {
                        rows.remove(i);
                    }
                }
                rows.forEach(row -> dropEmptyRows(field.children(), row));
            }
        }
    }

    private static boolean holdsNothing(JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (!holdsNothing(child)) {
                    return false;
                }
            }
            return true;
        }
        return node.isNull() || node.isMissingNode() || (node.isBoolean() && !node.booleanValue())
                || (node.isTextual() && node.textValue().isBlank());
    }

    /** The array at a group's pointer, created with the objects leading to it when missing. */
    private static ArrayNode rows(ObjectNode data, String pointer) {
        List<String> tokens = tokens(pointer);
        JsonNode container = data;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (container instanceof ArrayNode array) {
                int index = Integer.parseInt(token);
                while (array.size() <= index) {
                    array.addObject();
                }
                container = array.get(index);
            } else {
                ObjectNode object = (ObjectNode) container;
                JsonNode next = object.get(token);
                if (next == null || (last ? !next.isArray() : !next.isContainerNode())) {
                    next = last || tokens.get(i + 1).matches("\\d+") ? object.putArray(token) : object.putObject(token);
                }
                container = next;
            }
        }
        return (ArrayNode) container;
    }

    /**
     * Puts the posted values of one name into the tree: maps for objects, sorted maps (row index to
     * row) for groups. Names that do not lead to a value field through the definition are skipped.
     */
    @SuppressWarnings("unchecked")
    private static void place(FormDefinition definition, Map<String, Object> tree, List<String> tokens,
            List<String> values) {
        List<Field> fields = definition.steps();
        Map<String, Object> container = tree;
        for (int i = 0; i < tokens.size(); i++) {
            String name = tokens.get(i);
            Optional<Field> found = fields.stream().filter(f -> f.name().equals(name)).findFirst();
            if (found.isEmpty()) {
                return;
            }
            Field field = found.get();
            boolean last = i == tokens.size() - 1;
            switch (field.kind()) {
                case VALUE -> {
                    if (last) {
                        container.put(name, values);
                    }
                    return;
                }
                case SECTION -> container = (Map<String, Object>) container.computeIfAbsent(name, k -> new LinkedHashMap<>());
                case GROUP -> {
                    if (last || !tokens.get(i + 1).matches("\\d{1,6}")) {
                        return;
                    }
                    TreeMap<Integer, Object> rows = (TreeMap<Integer, Object>) container.computeIfAbsent(name, k -> new TreeMap<>());
                    container = (Map<String, Object>) rows.computeIfAbsent(Integer.parseInt(tokens.get(++i)),
                            k -> new LinkedHashMap<>());
                }
                case INFO -> {
                    return;
                }
            }
            if (i == tokens.size() - 1) {
                return;
            }
            fields = field.children();
        }
    }

    /** Writes the tree into {@code target} in definition order; true if it wrote anything. */
    @SuppressWarnings("unchecked")
    private static boolean fill(ObjectNode target, List<Field> fields, Map<String, Object> tree, boolean keepEmpty) {
        for (Field field : fields) {
            Object posted = tree.get(field.name());
            if (posted == null) {
                continue;
            }
            switch (field.kind()) {
                case VALUE -> {
                    JsonNode value = value(field, (List<String>) posted);
                    if (value != null) {
                        target.set(field.name(), value);
                    }
                }
                case SECTION -> {
                    ObjectNode section = JSON.objectNode();
                    if (fill(section, field.children(), (Map<String, Object>) posted, false)) {
                        target.set(field.name(), section);
                    }
                }
                case GROUP -> {
                    ArrayNode rows = target.putArray(field.name());
                    ((TreeMap<Integer, Object>) posted).values()
                            .forEach(row -> fill(rows.addObject(), field.children(), (Map<String, Object>) row, true));
                }
                case INFO -> {
                }
            }
        }
        return keepEmpty || !target.isEmpty();
    }

    private static JsonNode value(Field field, List<String> posted) {
        List<String> values = posted.stream().filter(v -> v != null && !v.isEmpty()).toList();
        if (values.isEmpty()) {
            return null;
        }
        if (field.isFile()) {
            ArrayNode references = JSON.arrayNode();
            values.forEach(text -> references.add(reference(text)));
            return references;
        }
        return switch (field.type()) {
            case BOOLEAN -> JSON.booleanNode(values.contains("true") || values.contains("on"));
            case NUMBER, INTEGER -> number(values.get(0));
            case ARRAY -> {
                ArrayNode list = JSON.arrayNode();
                values.forEach(list::add);
                yield list;
            }
            default -> JSON.textNode(values.get(0));
        };
    }

    /** A file reference posted back as JSON by the hidden input the wizard prints for it; anything else stays text. */
    private static JsonNode reference(String posted) {
        try {
            JsonNode parsed = DefinitionJson.mapper().readTree(posted);
            return parsed == null ? JSON.textNode(posted) : parsed;
        } catch (JsonProcessingException notJson) {
            // Validation reports it at its item as a malformed reference.
            return JSON.textNode(posted);
        }
    }

    /** A number typed as the engine's JSON parser types it (int, long, big integer, big decimal), so data compare equal. */
    private static JsonNode number(String text) {
        String trimmed = text.strip();
        String decimal = trimmed.indexOf('.') < 0 ? trimmed.replace(',', '.') : trimmed;
        BigDecimal number;
        try {
            number = new BigDecimal(decimal);
        } catch (NumberFormatException notANumber) {
            // Kept as typed: validation reports the wrong type at this field, with the user's text.
            return JSON.textNode(text);
        }
        BigDecimal whole = number.stripTrailingZeros();
        if (whole.scale() <= 0) {
            BigInteger integer = whole.toBigIntegerExact();
            if (integer.bitLength() < 32) {
                return JSON.numberNode(integer.intValue());
            }
            return integer.bitLength() < 64 ? JSON.numberNode(integer.longValue()) : JSON.numberNode(integer);
        }
        return JSON.numberNode(number);
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
