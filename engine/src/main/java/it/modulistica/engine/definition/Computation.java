package it.modulistica.engine.definition;

import it.modulistica.engine.logic.Logic;
import java.util.List;

/**
 * How the server computes a read-only field ({@code x-computed}): either the sum of the numeric
 * fields at {@code sum}, where a {@code *} adds up that field in every row of a repeatable group
 * (missing and hidden values count as nothing; the sum of nothing is 0), or the value of a JSONLogic
 * expression ({@code {"logic": ...}}) for a number, string or boolean field. Whatever the client
 * sends for the field is replaced at every save.
 *
 * @param sum   JSON pointers of the number fields to add up; empty with {@code logic}
 * @param logic the expression, else {@code null}
 */
public record Computation(List<String> sum, Logic logic) {

    public Computation {
        sum = List.copyOf(sum);
    }

    public Computation(List<String> sum) {
        this(sum, null);
    }

    /** The JSON pointers the value depends on. */
    public List<String> dependencies() {
        return logic == null ? sum : logic.pointers();
    }
}
