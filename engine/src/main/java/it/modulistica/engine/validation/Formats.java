package it.modulistica.engine.validation;

/**
 * The platform's formats ({@code codice-fiscale}, {@code codice-fiscale-ente}, {@code pec},
 * {@code email} ...) for values checked outside a form, such as an organisation's codice fiscale
 * or a user's e-mail address, with the same rules the validator applies to form fields.
 */
public final class Formats {

    private Formats() {
    }

    /**
     * @throws IllegalArgumentException when the platform knows no format of that name
     */
    public static boolean accepts(String format, String value) {
        FormatCheck check = FieldFormats.check(format);
        if (check == null) {
            throw new IllegalArgumentException("Unknown format " + format);
        }
        return value != null && check.accepts(value);
    }
}
