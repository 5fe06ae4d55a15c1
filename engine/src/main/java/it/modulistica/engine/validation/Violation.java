package it.modulistica.engine.validation;

import java.util.Map;

/**
 * One problem with the data: where (JSON pointer into the data, pointing at the offending field
 * itself, also for a missing required field), what ({@code code}: {@code required},
 * {@code maxLength}, {@code format}, {@code option} ...) and the arguments of its message.
 */
public record Violation(String pointer, String code, Map<String, Object> args) {

    public Violation {
        args = Map.copyOf(args);
    }

    public static Violation of(String pointer, String code) {
        return new Violation(pointer, code, Map.of());
    }
}
