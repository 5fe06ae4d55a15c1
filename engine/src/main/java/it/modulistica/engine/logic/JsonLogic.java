package it.modulistica.engine.logic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluator: the operators of json-logic-js 2.x with JavaScript's coercions (loose equality,
 * relational comparison of strings or numbers, parseFloat in {@code +} and {@code *}), plus the
 * platform's {@code var} by JSON pointer and date operators. Written for the platform because the
 * Java ports resolve {@code var} by dotted paths on maps and cannot take pointers with rows.
 */
final class JsonLogic {

    /** Every operator the evaluator knows; the linter refuses the others. */
    static final Set<String> OPERATORS = Set.of("var", "missing", "missing_some", "if", "?:", "==", "===", "!=",
            "!==", "!", "!!", "or", "and", ">", ">=", "<", "<=", "max", "min", "+", "-", "*", "/", "%", "map",
            "filter", "reduce", "all", "none", "some", "merge", "in", "cat", "substr", "today", "years_between",
            "days_between", "add_days");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern JS_NUMBER = Pattern.compile(
            "[+-]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)");
    private static final Pattern FLOAT_PREFIX = Pattern.compile(
            "^[+-]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonNode root;
    private final int[] rows;
    private final LocalDate today;

    JsonLogic(JsonNode root, int[] rows, LocalDate today) {
        this.root = root == null ? NullNode.getInstance() : root;
        this.rows = rows;
        this.today = today;
    }

    static boolean isOperation(JsonNode node) {
        return node.isObject() && node.size() == 1;
    }

    JsonNode apply(JsonNode logic, JsonNode data) {
        if (logic.isArray()) {
            ArrayNode out = NODES.arrayNode();
            logic.forEach(item -> out.add(apply(item, data)));
            return out;
        }
        if (!isOperation(logic)) {
            return logic;
        }
        Map.Entry<String, JsonNode> entry = logic.fields().next();
        String op = entry.getKey();
        List<JsonNode> values = new ArrayList<>();
        if (entry.getValue().isArray()) {
            entry.getValue().forEach(values::add);
        } else {
            values.add(entry.getValue());
        }
        switch (op) {
            case "if", "?:" -> {
                int i = 0;
                for (; i < values.size() - 1; i += 2) {
                    if (truthy(apply(values.get(i), data))) {
                        return apply(values.get(i + 1), data);
                    }
                }
                return values.size() == i + 1 ? apply(values.get(i), data) : NullNode.getInstance();
            }
            case "and" -> {
                JsonNode current = NullNode.getInstance();
                for (JsonNode value : values) {
                    current = apply(value, data);
                    if (!truthy(current)) {
                        return current;
                    }
                }
                return current;
            }
            case "or" -> {
                JsonNode current = NullNode.getInstance();
                for (JsonNode value : values) {
                    current = apply(value, data);
                    if (truthy(current)) {
                        return current;
                    }
                }
                return current;
            }
            case "filter", "map", "all", "none", "some" -> {
                return iterate(op, values, data);
            }
            case "reduce" -> {
                JsonNode items = apply(at(values, 0), data);
                JsonNode accumulator = values.size() > 2 ? apply(values.get(2), data) : NullNode.getInstance();
                if (!items.isArray()) {
                    return accumulator;
                }
                for (JsonNode item : items) {
                    ObjectNode scope = NODES.objectNode();
                    scope.set("current", item);
                    scope.set("accumulator", accumulator);
                    accumulator = apply(at(values, 1), scope);
                }
                return accumulator;
            }
            default -> {
                List<JsonNode> args = new ArrayList<>(values.size());
                values.forEach(value -> args.add(apply(value, data)));
                return operate(op, args, data);
            }
        }
    }

    private JsonNode iterate(String op, List<JsonNode> values, JsonNode data) {
        JsonNode items = apply(at(values, 0), data);
        JsonNode logic = at(values, 1);
        ArrayNode out = NODES.arrayNode();
        if (!items.isArray()) {
            return switch (op) {
                case "all", "some" -> BooleanNode.FALSE;
                case "none" -> BooleanNode.TRUE;
                default -> out;
            };
        }
        if (op.equals("all") && items.isEmpty()) {
            return BooleanNode.FALSE;
        }
        for (JsonNode item : items) {
            JsonNode result = apply(logic, item);
            switch (op) {
                case "map" -> out.add(result);
                case "filter" -> {
                    if (truthy(result)) {
                        out.add(item);
                    }
                }
                case "all" -> {
                    if (!truthy(result)) {
                        return BooleanNode.FALSE;
                    }
                }
                default -> {
                    if (truthy(result)) {
                        out.add(item);
                    }
                }
            }
        }
        return switch (op) {
            case "all" -> BooleanNode.TRUE;
            case "none" -> BooleanNode.valueOf(out.isEmpty());
            case "some" -> BooleanNode.valueOf(!out.isEmpty());
            default -> out;
        };
    }

    private JsonNode operate(String op, List<JsonNode> args, JsonNode data) {
        JsonNode a = at(args, 0);
        JsonNode b = at(args, 1);
        return switch (op) {
            case "var" -> variable(a, args.size() > 1 ? b : NullNode.getInstance(), data);
            case "missing" -> missing(args, data);
            case "missing_some" -> {
                ArrayNode missing = missing(List.of(b), data);
                yield b.size() - missing.size() >= toNumber(a) ? NODES.arrayNode() : missing;
            }
            case "==" -> BooleanNode.valueOf(looseEquals(a, b));
            case "===" -> BooleanNode.valueOf(strictEquals(a, b));
            case "!=" -> BooleanNode.valueOf(!looseEquals(a, b));
            case "!==" -> BooleanNode.valueOf(!strictEquals(a, b));
            case "!" -> BooleanNode.valueOf(!truthy(a));
            case "!!" -> BooleanNode.valueOf(truthy(a));
            case "<", "<=", ">", ">=" -> BooleanNode.valueOf(compareChain(op, args));
            case "max", "min" -> {
                double result = op.equals("max") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                for (JsonNode arg : args) {
                    double n = toNumber(arg);
                    if (Double.isNaN(n)) {
                        yield number(Double.NaN);
                    }
                    result = op.equals("max") ? Math.max(result, n) : Math.min(result, n);
                }
                yield number(result);
            }
            case "+" -> {
                double sum = 0;
                for (JsonNode arg : args) {
                    sum += parseFloat(arg);
                }
                yield number(sum);
            }
            case "*" -> {
                if (args.size() == 1) {
                    yield a;
                }
                double product = parseFloat(a);
                for (int i = 1; i < args.size(); i++) {
                    product *= parseFloat(args.get(i));
                }
                yield number(product);
            }
            case "-" -> args.size() < 2 ? number(-toNumber(a)) : number(toNumber(a) - toNumber(b));
            case "/" -> number(toNumber(a) / toNumber(b));
            case "%" -> number(toNumber(a) % toNumber(b));
            case "merge" -> {
                ArrayNode merged = NODES.arrayNode();
                args.forEach(arg -> {
                    if (arg.isArray()) {
                        merged.addAll((ArrayNode) arg);
                    } else {
                        merged.add(arg);
                    }
                });
                yield merged;
            }
            case "in" -> {
                if (b.isTextual()) {
                    yield BooleanNode.valueOf(b.asText().contains(toText(a)));
                }
                if (b.isArray()) {
                    for (JsonNode item : b) {
                        if (strictEquals(item, a)) {
                            yield BooleanNode.TRUE;
                        }
                    }
                }
                yield BooleanNode.FALSE;
            }
            case "cat" -> {
                StringBuilder text = new StringBuilder();
                args.forEach(arg -> text.append(arg.isNull() ? "" : toText(arg)));
                yield TextNode.valueOf(text.toString());
            }
            case "substr" -> TextNode.valueOf(substr(toText(a), args.size() > 1 ? toNumber(b) : 0,
                    args.size() > 2 ? toNumber(args.get(2)) : Double.NaN));
            case "today" -> TextNode.valueOf(today.toString());
            case "years_between" -> {
                LocalDate from = date(a);
                LocalDate to = date(b);
                yield from == null || to == null ? NullNode.getInstance() : number(yearsBetween(from, to));
            }
            case "days_between" -> {
                LocalDate from = date(a);
                LocalDate to = date(b);
                yield from == null || to == null ? NullNode.getInstance() : number(ChronoUnit.DAYS.between(from, to));
            }
            case "add_days" -> {
                LocalDate from = date(a);
                double days = toNumber(b);
                yield from == null || Double.isNaN(days) || days != Math.rint(days) ? NullNode.getInstance()
                        : TextNode.valueOf(from.plusDays((long) days).toString());
            }
            default -> throw new IllegalArgumentException("Operatore JSONLogic sconosciuto \"" + op + "\"");
        };
    }

    private JsonNode variable(JsonNode name, JsonNode notFound, JsonNode data) {
        String path = name.isNull() ? "" : toText(name);
        if (path.startsWith("/")) {
            return pointer(path, notFound);
        }
        if (path.isEmpty()) {
            return data;
        }
        JsonNode current = data;
        for (String key : path.split("\\.", -1)) {
            if (current == null || current.isNull()) {
                return notFound;
            }
            current = current.isArray() && key.matches("\\d{1,9}") ? current.get(Integer.parseInt(key)) : current.get(key);
            if (current == null) {
                return notFound;
            }
        }
        return current;
    }

    /** A pointer from the root; each {@code *} is the current row, or every row when there is none. */
    private JsonNode pointer(String path, JsonNode notFound) {
        List<JsonNode> found = new ArrayList<>();
        boolean spread = walk(root, path.substring(1).split("/", -1), 0, 0, found);
        if (spread) {
            ArrayNode all = NODES.arrayNode();
            found.forEach(all::add);
            return all;
        }
        return found.isEmpty() ? notFound : found.get(0);
    }

    /** Collects the values at the tokens; true when a {@code *} without a current row spread them. */
    private boolean walk(JsonNode node, String[] tokens, int index, int row, List<JsonNode> found) {
        if (index == tokens.length) {
            found.add(node);
            return false;
        }
        String token = tokens[index].replace("~1", "/").replace("~0", "~");
        if (token.equals("*") && row >= rows.length) {
            if (node.isArray()) {
                for (JsonNode item : node) {
                    walk(item, tokens, index + 1, row + 1, found);
                }
            }
            return true;
        }
        JsonNode next;
        int nextRow = row;
        if (token.equals("*")) {
            next = node.isArray() ? node.get(rows[row]) : null;
            nextRow++;
        } else if (node.isArray()) {
            next = token.matches("\\d{1,9}") ? node.get(Integer.parseInt(token)) : null;
        } else {
            next = node.isObject() ? node.get(token) : null;
        }
        if (next == null) {
            return false;
        }
        return walk(next, tokens, index + 1, nextRow, found);
    }

    private ArrayNode missing(List<JsonNode> args, JsonNode data) {
        List<JsonNode> keys = new ArrayList<>();
        if (!args.isEmpty() && args.get(0).isArray()) {
            args.get(0).forEach(keys::add);
        } else {
            keys.addAll(args);
        }
        ArrayNode missing = NODES.arrayNode();
        for (JsonNode key : keys) {
            JsonNode value = variable(key, NullNode.getInstance(), data);
            if (value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static JsonNode at(List<JsonNode> values, int index) {
        return index < values.size() ? values.get(index) : NullNode.getInstance();
    }

    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            double n = value.doubleValue();
            return n != 0 && !Double.isNaN(n);
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        if (value.isArray()) {
            return !value.isEmpty();
        }
        return true;
    }

    static boolean strictEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        if (a.isContainerNode() || b.isContainerNode()) {
            // JavaScript compares objects and arrays by identity.
            return a == b;
        }
        return a.equals(b);
    }

    static boolean looseEquals(JsonNode a, JsonNode b) {
        if (a.isNull() || b.isNull()) {
            return a.isNull() && b.isNull();
        }
        if (a.getNodeType() == b.getNodeType() || (a.isNumber() && b.isNumber())) {
            return strictEquals(a, b);
        }
        if (a.isBoolean()) {
            return looseEquals(number(a.booleanValue() ? 1 : 0), b);
        }
        if (b.isBoolean()) {
            return looseEquals(a, number(b.booleanValue() ? 1 : 0));
        }
        if (a.isContainerNode()) {
            return !b.isContainerNode() && looseEquals(TextNode.valueOf(toText(a)), b);
        }
        if (b.isContainerNode()) {
            return looseEquals(a, TextNode.valueOf(toText(b)));
        }
        // one number, one string
        return toNumber(a) == toNumber(b);
    }

    private static boolean compareChain(String op, List<JsonNode> args) {
        JsonNode a = at(args, 0);
        JsonNode b = at(args, 1);
        boolean between = args.size() > 2 && (op.equals("<") || op.equals("<="));
        boolean first = compare(op, a, b);
        return between ? first && compare(op, b, args.get(2)) : first;
    }

    /** JavaScript's relational comparison: two strings by code units, anything else as numbers. */
    private static boolean compare(String op, JsonNode a, JsonNode b) {
        JsonNode left = a.isContainerNode() ? TextNode.valueOf(toText(a)) : a;
        JsonNode right = b.isContainerNode() ? TextNode.valueOf(toText(b)) : b;
        int sign;
        if (left.isTextual() && right.isTextual()) {
            sign = Integer.signum(left.asText().compareTo(right.asText()));
        } else {
            double x = toNumber(left);
            double y = toNumber(right);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return false;
            }
            sign = Double.compare(x, y) == 0 || x == y ? 0 : x < y ? -1 : 1;
        }
        return switch (op) {
            case "<" -> sign < 0;
            case "<=" -> sign <= 0;
            case ">" -> sign > 0;
            default -> sign >= 0;
        };
    }

    /** JavaScript's Number(value). */
    static double toNumber(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return 0;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? 1 : 0;
        }
        if (value.isObject()) {
            return Double.NaN;
        }
        String text = (value.isArray() ? toText(value) : value.asText()).strip();
        if (text.isEmpty()) {
            return 0;
        }
        return JS_NUMBER.matcher(text).matches() ? parse(text) : Double.NaN;
    }

    /** JavaScript's parseFloat(value): the longest numeric prefix of its text. */
    private static double parseFloat(JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        Matcher prefix = FLOAT_PREFIX.matcher(toText(value).stripLeading());
        return prefix.find() ? parse(prefix.group()) : Double.NaN;
    }

    private static double parse(String text) {
        return text.endsWith("Infinity") ? (text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                : Double.parseDouble(text);
    }

    /** JavaScript's String(value). */
    static String toText(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return numberText(value.doubleValue());
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.isNull() ? "" : toText(item)));
            return String.join(",", parts);
        }
        if (value.isObject()) {
            return "[object Object]";
        }
        return value.asText();
    }

    private static String numberText(double n) {
        if (Double.isNaN(n)) {
            return "NaN";
        }
        if (Double.isInfinite(n)) {
            return n > 0 ? "Infinity" : "-Infinity";
        }
        if (n == Math.rint(n) && Math.abs(n) < 1e21) {
            return Long.toString((long) n);
        }
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    /** A number as JSON: integral values as integers, as JavaScript prints them. */
    static JsonNode number(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 9.007199254740992E15) {
            return LongNode.valueOf((long) n);
        }
        return DoubleNode.valueOf(n);
    }

    private static String substr(String source, double start, double length) {
        int size = source.length();
        int from = (int) (Double.isNaN(start) ? 0 : start);
        from = from < 0 ? Math.max(0, size + from) : Math.min(from, size);
        if (Double.isNaN(length)) {
            return source.substring(from);
        }
        int count = (int) length;
        if (count < 0) {
            String rest = source.substring(from);
            return rest.substring(0, Math.max(0, rest.length() + count));
        }
        return source.substring(from, Math.min(size, from + count));
    }

    private static LocalDate date(JsonNode value) {
        if (!value.isTextual() || !DAY.matcher(value.asText()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            // not a calendar date: the operators give null
            return null;
        }
    }

    /** Whole years from one day to the other, negative when the second comes first. */
    static long yearsBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -yearsBetween(to, from);
        }
        long years = to.getYear() - from.getYear();
        if (to.getMonthValue() < from.getMonthValue()
                || (to.getMonthValue() == from.getMonthValue() && to.getDayOfMonth() < from.getDayOfMonth())) {
            years--;
        }
        return years;
    }
}
