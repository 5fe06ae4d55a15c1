package it.modulistica.engine.validation;

import java.util.regex.Pattern;

/**
 * One e-mail address, ordinary (format {@code email}) or certified (format {@code pec}, whose
 * addresses have the same syntax): a practical subset of RFC 5321/5322 that mail can actually be
 * sent to, stricter than the standards where they allow what no user types.
 *
 * <p>Accepted: {@code local@domain}, at most 254 characters, where
 * <ul>
 *   <li>the local part has at most 64 characters among ASCII letters, digits and
 *       {@code !#$%&'*+/=?^_`{|}~-}, with dots allowed between them (not first, last or doubled);</li>
 *   <li>the domain has at least two dot-separated labels of ASCII letters, digits and hyphens,
 *       each at most 63 characters and not beginning or ending with a hyphen, and the last label
 *       (top-level domain) is all letters, at least two, or an IDN in punycode ({@code xn--}).</li>
 * </ul>
 * Not accepted, therefore: spaces, CR/LF and other control characters (no header injection), a
 * second address after a comma or semicolon, display names ({@code Mario <m@x.it>}), quoted local
 * parts, IP-address domains, non-ASCII characters (an IDN domain must be written in punycode).
 */
final class EmailAddress implements FormatCheck {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final String TOP_LEVEL = "(?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{1,59})";

    private static final Pattern SHAPE = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@(?:" + LABEL + "\\.)+" + TOP_LEVEL);

    @Override
    public boolean accepts(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        var matcher = SHAPE.matcher(value);
        return matcher.matches() && matcher.group(1).length() <= MAX_LOCAL_LENGTH;
    }
}
