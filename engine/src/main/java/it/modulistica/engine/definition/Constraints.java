package it.modulistica.engine.definition;

import java.math.BigDecimal;

/**
 * The validation keywords of a node that pages need to show (HTML5 attributes, character
 * counters) and messages need as arguments. Absent limits are {@code null}. {@code minDate} and
 * {@code maxDate} ({@code x-minDate}, {@code x-maxDate}) are {@link #TODAY} or a date {@code yyyy-MM-dd};
 * {@code multipleOf} gives numbers their decimals when shown (0.01: amounts with two decimals).
 */
public record Constraints(
        String format,
        Integer minLength,
        Integer maxLength,
        String pattern,
        BigDecimal minimum,
        BigDecimal maximum,
        Integer minItems,
        Integer maxItems,
        String minDate,
        String maxDate,
        BigDecimal multipleOf) {

    /** The value of {@code x-minDate} or {@code x-maxDate} that means the day of the check, in Europe/Rome. */
    public static final String TODAY = "today";

    public static final Constraints NONE = new Constraints(null, null, null, null, null, null, null, null, null, null, null);
}
