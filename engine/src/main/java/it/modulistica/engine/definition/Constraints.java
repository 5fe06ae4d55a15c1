package it.modulistica.engine.definition;

import java.math.BigDecimal;

/**
 * The validation keywords of a node that pages need to show (HTML5 attributes, character
 * counters) and messages need as arguments. Absent limits are {@code null}.
 */
public record Constraints(
        String format,
        Integer minLength,
        Integer maxLength,
        String pattern,
        BigDecimal minimum,
        BigDecimal maximum,
        Integer minItems,
        Integer maxItems) {

    public static final Constraints NONE = new Constraints(null, null, null, null, null, null, null, null);
}
