package it.modulistica.engine.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The codice fiscale of a natural person (format {@code codice-fiscale}): 16 characters, as
 * defined by D.M. 23 dicembre 1976.
 *
 * <p>Accepted when, ignoring the case of ASCII letters:
 * <ul>
 *   <li>positions 1-6 are letters (surname and name), 9 is a month letter in {@code ABCDEHLMPRST},
 *       12 is a letter (first character of the cadastral code of the place of birth);</li>
 *   <li>positions 7, 8, 10, 11, 13, 14 and 15 are digits, any of which may be replaced by its
 *       omocodia letter ({@code LMNPQRSTUV} for 0-9), in any combination;</li>
 *   <li>the day (positions 10-11, after undoing omocodia) is 1-31 (men) or 41-71 (women); it is
 *       not checked against the month, because the two-digit year leaves leap years open;</li>
 *   <li>position 16 is the check letter computed with the official odd/even tables over the
 *       first 15 characters as written (so omocodic codes carry their own recomputed letter).</li>
 * </ul>
 * The 11-digit numeric codice fiscale is not accepted: that is the format
 * {@code codice-fiscale-ente} ({@link PartitaIva}).
 *
 * <p>Public through {@link #isValid(String)} for the application, which reads codici fiscali from
 * credentials (certificates, identity providers) and checks them with the same rule as form fields.
 */
public final class CodiceFiscale implements FormatCheck {

    private static final String OMOCODIA = "LMNPQRSTUV";

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]",
            Pattern.CASE_INSENSITIVE);

    /** Values of the characters in odd positions (1st, 3rd...), indexed by A-Z; digits as A-J. */
    private static final int[] ODD = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    CodiceFiscale() {
    }

    /** Whether {@code value} is a well-formed codice fiscale of a natural person, with its check letter. */
    public static boolean isValid(String value) {
        return value != null && check(value);
    }

    @Override
    public boolean accepts(String value) {
        return check(value);
    }

    private static boolean check(String value) {
        if (!SHAPE.matcher(value).matches()) {
            return false;
        }
        String code = value.toUpperCase(Locale.ROOT);
        int day = digit(code.charAt(9)) * 10 + digit(code.charAt(10));
        boolean validDay = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
        return validDay && code.charAt(15) == checkCharacter(code);
    }

    /** The check letter of an upper-case code, computed over its first 15 characters. */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            // Positions are counted from 1, so even indexes are the odd positions.
            sum += i % 2 == 0 ? ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    private static int digit(char c) {
        return Character.isDigit(c) ? c - '0' : OMOCODIA.indexOf(c);
    }
}
