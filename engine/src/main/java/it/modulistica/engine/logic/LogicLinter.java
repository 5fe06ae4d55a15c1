package it.modulistica.engine.logic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a JSONLogic expression of a definition before it is ever evaluated: unknown operators,
 * variables that name no field of the form, variables that are not JSON pointers outside
 * {@code map}/{@code filter}/..., and comparisons between operands of different types (a boolean
 * field compared with a string). Every problem carries the JSON pointer of the offending part of
 * the expression.
 */
public final class LogicLinter {

    /** The static type of an operand, as far as the definition tells it. */
    public enum Type { STRING, NUMBER, BOOLEAN, ARRAY, OBJECT, NULL, UNKNOWN }

    /** A problem at a pointer into the definition file. */
    public record Problem(String pointer, String message) {
    }

    private static final Set<String> COMPARISONS = Set.of("==", "===", "!=", "!==", "<", "<=", ">", ">=");
    private static final Set<String> ITERATIONS = Set.of("map", "filter", "all", "none", "some", "reduce");
    private static final Map<String, Type> RESULTS = Map.ofEntries(
            Map.entry("!", Type.BOOLEAN), Map.entry("!!", Type.BOOLEAN), Map.entry("in", Type.BOOLEAN),
            Map.entry("all", Type.BOOLEAN), Map.entry("none", Type.BOOLEAN), Map.entry("some", Type.BOOLEAN),
            Map.entry("+", Type.NUMBER), Map.entry("-", Type.NUMBER), Map.entry("*", Type.NUMBER),
            Map.entry("/", Type.NUMBER), Map.entry("%", Type.NUMBER), Map.entry("min", Type.NUMBER),
            Map.entry("max", Type.NUMBER), Map.entry("years_between", Type.NUMBER),
            Map.entry("days_between", Type.NUMBER), Map.entry("cat", Type.STRING), Map.entry("substr", Type.STRING),
            Map.entry("today", Type.STRING), Map.entry("add_days", Type.STRING), Map.entry("merge", Type.ARRAY),
            Map.entry("map", Type.ARRAY), Map.entry("filter", Type.ARRAY), Map.entry("missing", Type.ARRAY),
            Map.entry("missing_some", Type.ARRAY));

    private final Function<String, Optional<Type>> fields;
    private final String rowContext;
    private final List<Problem> problems = new ArrayList<>();

    private LogicLinter(Function<String, Optional<Type>> fields, String rowContext) {
        this.fields = fields;
        this.rowContext = rowContext;
    }

    /**
     * @param expression the expression as written
     * @param pointer    where it is written in the definition file
     * @param fields     the type of the field at a data path written with {@code *}; empty when no
     *                   field has that path
     * @param rowContext the data path the expression is evaluated for ({@code /figli/*}{@code /nota}):
     *                   a {@code *} of a variable within the same rows is the current row, any other
     *                   gives a list
     */
    public static List<Problem> check(JsonNode expression, String pointer, Function<String, Optional<Type>> fields,
            String rowContext) {
        LogicLinter linter = new LogicLinter(fields, rowContext == null ? "" : rowContext);
        linter.type(expression, pointer, false);
        return List.copyOf(linter.problems);
    }

    /** The static type of a literal JSON value. */
    public static Type literal(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> Type.STRING;
            case NUMBER -> Type.NUMBER;
            case BOOLEAN -> Type.BOOLEAN;
            case ARRAY -> Type.ARRAY;
            case OBJECT -> Type.OBJECT;
            case NULL -> Type.NULL;
            default -> Type.UNKNOWN;
        };
    }

    private Type type(JsonNode node, String pointer, boolean inIteration) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                type(node.get(i), pointer + "/" + i, inIteration);
            }
            return Type.ARRAY;
        }
        if (!JsonLogic.isOperation(node)) {
            return literal(node);
        }
        String op = node.fieldNames().next();
        String at = pointer + "/" + op.replace("~", "~0").replace("/", "~1");
        JsonNode value = node.get(op);
        List<JsonNode> args = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(args::add);
        } else {
            args.add(value);
        }
        String argPointer = value.isArray() ? at + "/" : at;
        if (!JsonLogic.OPERATORS.contains(op)) {
            problems.add(new Problem(at, "Operatore JSONLogic sconosciuto \"" + op + "\""));
            return Type.UNKNOWN;
        }
        if (op.equals("var")) {
            return variable(args.get(0), value.isArray() ? at + "/0" : at, inIteration);
        }
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            boolean scoped = inIteration || (ITERATIONS.contains(op) && i == 1);
            types.add(type(args.get(i), value.isArray() ? argPointer + i : argPointer, scoped));
        }
        if (COMPARISONS.contains(op)) {
            for (int i = 1; i < types.size(); i++) {
                mismatch(types.get(i - 1), types.get(i), at);
            }
            return Type.BOOLEAN;
        }
        if (op.equals("in") && args.size() == 2) {
            if (args.get(1).isArray()) {
                for (int i = 0; i < args.get(1).size(); i++) {
                    mismatch(types.get(0), literal(args.get(1).get(i)), at + "/1/" + i);
                }
            } else if (types.get(1) == Type.STRING) {
                mismatch(types.get(0), Type.STRING, at);
            }
        }
        if (op.equals("if") || op.equals("?:")) {
            Type common = null;
            for (int i = 1; i < types.size(); i += 2) {
                common = common == null || common == types.get(i) ? types.get(i) : Type.UNKNOWN;
            }
            if (types.size() % 2 == 1) {
                Type last = types.get(types.size() - 1);
                common = common == null || common == last ? last : Type.UNKNOWN;
            }
            return common == null ? Type.UNKNOWN : common;
        }
        return RESULTS.getOrDefault(op, Type.UNKNOWN);
    }

    private void mismatch(Type left, Type right, String at) {
        if (left == Type.UNKNOWN || right == Type.UNKNOWN || left == Type.NULL || right == Type.NULL || left == right) {
            return;
        }
        problems.add(new Problem(at, "Confronto fra tipi diversi: " + name(left) + " e " + name(right)
                + " (il valore non sarebbe mai uguale)"));
    }

    private static String name(Type type) {
        return switch (type) {
            case STRING -> "testo (string)";
            case NUMBER -> "numero (number)";
            case BOOLEAN -> "sì/no (boolean)";
            case ARRAY -> "elenco (array)";
            default -> "oggetto (object)";
        };
    }

    private Type variable(JsonNode name, String at, boolean inIteration) {
        if (JsonLogic.isOperation(name)) {
            type(name, at, inIteration);
            return Type.UNKNOWN;
        }
        String path = name.isNull() ? "" : name.asText();
        if (!path.startsWith("/")) {
            if (!inIteration) {
                problems.add(new Problem(at, "La variabile \"" + path + "\" deve essere un puntatore JSON dalla radice "
                        + "dei dati, per esempio \"/passo/campo\" (solo dentro map, filter, reduce, all, some e none "
                        + "si legge l'elemento corrente)"));
            }
            return Type.UNKNOWN;
        }
        Optional<Type> type = fields.apply(path);
        if (type.isEmpty()) {
            problems.add(new Problem(at, "La variabile \"" + path + "\" non è un campo del modulo"));
            return Type.UNKNOWN;
        }
        return spreads(path) ? Type.ARRAY : type.get();
    }

    /** Whether a {@code *} of the path has no current row in the context: the value is a list. */
    private boolean spreads(String path) {
        String[] tokens = path.split("/", -1);
        String[] context = rowContext.split("/", -1);
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("*")) {
                boolean sameRows = i < context.length && context[i].equals("*");
                for (int j = 0; sameRows && j < i; j++) {
                    sameRows = tokens[j].equals(context[j]);
                }
                if (!sameRows) {
                    return true;
                }
            }
        }
        return false;
    }
}
