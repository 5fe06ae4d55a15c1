package it.modulistica.engine.logic;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSONLogic expression (jsonlogic.com) of a form definition: {@code x-visible-when},
 * {@code x-rules}, {@code x-computed.logic}. Immutable; evaluation is a pure function of the data,
 * the current rows and the day.
 *
 * <p>Besides the standard operators: {@code var} with a JSON pointer from the root of the data
 * ({@code {"var": "/tariffa/valoreIsee"}}), where each {@code *} is the current row of that group
 * and a {@code *} with no current row gives the list of the values of every row; {@code today}
 * (the day in Europe/Rome, {@code "YYYY-MM-DD"}); {@code years_between} and {@code days_between}
 * (whole years or days from the first date to the second, {@code null} when one is not a date);
 * {@code add_days} (a date plus a number of days). A {@code var} without a leading {@code /} reads
 * the current item inside {@code map}, {@code filter}, {@code reduce}, {@code all}, {@code some} and
 * {@code none}, as in standard JSONLogic.
 */
public final class Logic {

    private final JsonNode expression;

    private Logic(JsonNode expression) {
        this.expression = expression.deepCopy();
    }

    public static Logic of(JsonNode expression) {
        return new Logic(expression);
    }

    /** The expression as written. */
    public JsonNode expression() {
        return expression.deepCopy();
    }

    /**
     * @param root  the data
     * @param rows  the row index of each enclosing repeatable group, outermost first; replaces the
     *              {@code *} of the pointers in order
     * @param today the day {@code today} gives
     */
    public JsonNode evaluate(JsonNode root, int[] rows, LocalDate today) {
        return new JsonLogic(root, rows, today).apply(expression, root);
    }

    /** Whether the expression evaluates to a truthy value (JSONLogic truthiness). */
    public boolean holds(JsonNode root, int[] rows, LocalDate today) {
        return JsonLogic.truthy(evaluate(root, rows, today));
    }

    /** The JSON pointers the expression reads, as written (with {@code *}). */
    public List<String> pointers() {
        List<String> pointers = new ArrayList<>();
        collect(expression, pointers);
        return pointers;
    }

    private static void collect(JsonNode node, List<String> pointers) {
        if (node.isObject() && node.size() == 1 && node.has("var")) {
            JsonNode name = node.get("var").isArray() ? node.get("var").path(0) : node.get("var");
            if (name.isTextual() && name.asText().startsWith("/")) {
                pointers.add(name.asText());
            }
            return;
        }
        node.forEach(child -> collect(child, pointers));
    }

    /** JSONLogic truthiness: false, null, 0, "" and [] are false. */
    public static boolean truthy(JsonNode value) {
        return JsonLogic.truthy(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logic logic && logic.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression.toString();
    }
}
