package it.modulistica.engine.definition;

import java.util.List;

/**
 * How the server computes a read-only number field ({@code x-computed}): the sum of the numeric
 * fields at {@code sum}, where a {@code *} adds up that field in every row of a repeatable group.
 * Missing and hidden values count as nothing; the sum of nothing is 0. Whatever the client sends
 * for the field is replaced at every save.
 *
 * @param sum JSON pointers of the number fields to add up
 */
public record Computation(List<String> sum) {

    public Computation {
        sum = List.copyOf(sum);
    }
}
