package it.modulistica.engine.validation;

import java.util.regex.Pattern;

/**
 * An Italian or international phone number (format {@code telefono}), fixed or mobile.
 *
 * <p>Accepted: an optional leading {@code +}, then groups of ASCII digits separated by a single
 * space, dot or dash ({@code +39 011 0824108}, {@code 011-0824108}, {@code 347.1234567}), with 6
 * to 15 digits in all (15 is the E.164 maximum). Not accepted: a slash ({@code 011/0824108}),
 * parentheses, letters, a separator at either end or two in a row, a {@code +} anywhere but first.
 * A slash is refused because it is also how people write two numbers in one field.
 */
final class PhoneNumber implements FormatCheck {

    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9]+(?:[ .-][0-9]+)*");
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 15;

    @Override
    public boolean accepts(String value) {
        if (!SHAPE.matcher(value).matches()) {
            return false;
        }
        long digits = value.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
    }
}
