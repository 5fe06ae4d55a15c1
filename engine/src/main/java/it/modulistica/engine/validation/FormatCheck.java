package it.modulistica.engine.validation;

/**
 * A check of a string against one of the formats a form field may declare beyond JSON Schema's own.
 * Implementations are stateless and thread-safe and judge the value as typed: surrounding
 * whitespace makes it invalid unless the format's own contract says otherwise.
 */
@FunctionalInterface
interface FormatCheck {

    /** Whether {@code value} (never null) is well-formed for this format. */
    boolean accepts(String value);
}
