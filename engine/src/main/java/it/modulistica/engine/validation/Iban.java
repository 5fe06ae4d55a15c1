package it.modulistica.engine.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An International Bank Account Number (format {@code iban}) as defined by ISO 13616.
 *
 * <p>Spaces are ignored wherever they are (the printed form groups characters by four) and ASCII
 * letters are accepted in either case. What remains must be a two-letter country code, two check
 * digits other than 00, 01 and 99, and an alphanumeric BBAN; the whole must be 15 to 34
 * characters long and satisfy the mod-97 check (remainder 1). Italian IBANs ({@code IT}) must
 * moreover be exactly 27 characters with the national BBAN structure: CIN letter, 5-digit ABI,
 * 5-digit CAB, 12-character account number. The lengths of other countries are not checked.
 */
final class Iban implements FormatCheck {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern ITALIAN = Pattern.compile("IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}");

    @Override
    public boolean accepts(String value) {
        String iban = value.replace(" ", "");
        if (!iban.chars().allMatch(c -> c < 128)) {
            return false;
        }
        iban = iban.toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(iban).matches()) {
            return false;
        }
        if (iban.startsWith("IT") && !ITALIAN.matcher(iban).matches()) {
            return false;
        }
        String checkDigits = iban.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            return false;
        }
        return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    /** The remainder modulo 97 of the number formed by reading letters as 10 (A) to 35 (Z). */
    private static int mod97(String rearranged) {
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder;
    }
}
