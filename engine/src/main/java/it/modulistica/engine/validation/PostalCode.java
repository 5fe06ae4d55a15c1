package it.modulistica.engine.validation;

import java.util.regex.Pattern;

/**
 * An Italian postal code, CAP (format {@code cap}): exactly five ASCII digits, leading zeros
 * included ({@code 00100} Roma). Whether the code is assigned is not checked.
 */
final class PostalCode implements FormatCheck {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{5}");

    @Override
    public boolean accepts(String value) {
        return SHAPE.matcher(value).matches();
    }
}
