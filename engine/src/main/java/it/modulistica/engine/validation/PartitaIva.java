package it.modulistica.engine.validation;

import java.util.regex.Pattern;

/**
 * An 11-digit Italian tax number: the partita IVA (format {@code partita-iva}) and the numeric
 * codice fiscale of organisations and other non-natural persons (format
 * {@code codice-fiscale-ente}), which share the same structure and check digit.
 *
 * <p>Accepted when the value is exactly 11 ASCII digits, not all zeros, and the last digit is the
 * check digit of the Agenzia delle Entrate: the digits in odd positions are summed as they are,
 * those in even positions are doubled (less 9 when the double exceeds 9) and summed, and the check
 * digit brings the total to a multiple of 10. The provincial office code (positions 8-10) is not
 * checked, since codici fiscali of organisations beginning with 8 or 9 do not carry one.
 */
final class PartitaIva implements FormatCheck {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{11}");

    @Override
    public boolean accepts(String value) {
        if (!SHAPE.matcher(value).matches() || value.equals("00000000000")) {
            return false;
        }
        return value.charAt(10) - '0' == checkDigit(value);
    }

    /** The check digit of a string whose first 10 characters are digits. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
