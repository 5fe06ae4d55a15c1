package it.modulistica.app.security.certificate;

import it.modulistica.app.security.CredentialRefused;
import it.modulistica.app.security.IdentifiedPerson;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Reads who a CNS certificate belongs to from its subject, one RDN at a time (never a pattern over
 * the subject as a string, which escaped separators could fool).
 *
 * <p>The codice fiscale is taken from the common name, written {@code SURNAME/NAME/CODICEFISCALE/hash}
 * or {@code CODICEFISCALE/hash} (the '/'-separated part that is a valid codice fiscale), and from
 * the {@code serialNumber} attribute (OID 2.5.4.5), {@code TINIT-CODICEFISCALE} or bare. Refused:
 * a subject without any; one with two different codici fiscali; a common name or serial number
 * present twice; any multi-valued RDN ({@code CN=X+SERIALNUMBER=...}); a common name holding DN
 * separators ({@code , ; < > " \}), which only an escaped value can carry; a {@code TINIT-} serial
 * number that is not a valid codice fiscale. Names come from {@code givenName} and {@code surname},
 * or from the common name's first two parts.
 */
final class CnsSubject {

    private static final String SERIAL_NUMBER = "SERIALNUMBER";
    private static final String GIVEN_NAME = "GIVENNAME";
    private static final String SURNAME = "SURNAME";
    private static final String COMMON_NAME = "CN";

    /** Keywords for the attributes RFC 2253 names only by OID, so their values come out as text. */
    private static final Map<String, String> KEYWORDS = Map.of("2.5.4.5", SERIAL_NUMBER, "2.5.4.42", GIVEN_NAME,
            "2.5.4.4", SURNAME);

    private static final String DN_SEPARATORS = ",;<>\"\\";

    private CnsSubject() {
    }

    /** The subject in RFC 2253 form with serialNumber, givenName and surname named, not hex-encoded. */
    static String readable(X500Principal subject) {
        return subject.getName(X500Principal.RFC2253, KEYWORDS);
    }

    static IdentifiedPerson read(X500Principal subject) {
        LdapName name;
        try {
            name = new LdapName(readable(subject));
        } catch (InvalidNameException e) {
            throw new CredentialRefused("subject-unreadable", e);
        }
        String commonName = null;
        String serialNumber = null;
        String givenName = null;
        String surname = null;
        for (Rdn rdn : name.getRdns()) {
            if (rdn.size() > 1) {
                throw new CredentialRefused("subject-multivalued-rdn");
            }
            String type = rdn.getType().toUpperCase(Locale.ROOT);
            if (!Set.of(COMMON_NAME, SERIAL_NUMBER, GIVEN_NAME, SURNAME).contains(type)) {
                continue;
            }
            if (!(rdn.getValue() instanceof String value)) {
                throw new CredentialRefused("subject-unreadable");
            }
            switch (type) {
                case COMMON_NAME -> commonName = once(commonName, value);
                case SERIAL_NUMBER -> serialNumber = once(serialNumber, value);
                case GIVEN_NAME -> givenName = once(givenName, value);
                default -> surname = once(surname, value);
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        String[] parts = new String[0];
        if (commonName != null) {
            if (commonName.chars().anyMatch(c -> DN_SEPARATORS.indexOf(c) >= 0 || Character.isISOControl(c))) {
                throw new CredentialRefused("subject-crafted");
            }
            parts = commonName.split("/", -1);
            for (String part : parts) {
                IdentifiedPerson.codiceFiscale(part).ifPresent(codes::add);
            }
        }
        if (serialNumber != null) {
            Optional<String> code = IdentifiedPerson.codiceFiscale(serialNumber);
            boolean taxIdentifier = serialNumber.regionMatches(true, 0, IdentifiedPerson.TAX_IDENTIFIER_PREFIX, 0,
                    IdentifiedPerson.TAX_IDENTIFIER_PREFIX.length());
            if (code.isEmpty() && taxIdentifier) {
                throw new CredentialRefused("fiscal-number-invalid");
            }
            code.ifPresent(codes::add);
        }
        if (codes.isEmpty()) {
            throw new CredentialRefused("fiscal-number-missing");
        }
        if (codes.size() > 1) {
            throw new CredentialRefused("subject-ambiguous");
        }
        String codiceFiscale = codes.iterator().next();
        boolean namedInCommonName = parts.length == 4 && codiceFiscale.equalsIgnoreCase(parts[2]);
        return new IdentifiedPerson(codiceFiscale,
                blankToNull(givenName != null ? givenName : namedInCommonName ? parts[1] : null),
                blankToNull(surname != null ? surname : namedInCommonName ? parts[0] : null), null);
    }

    private static String once(String seen, String value) {
        if (seen != null) {
            throw new CredentialRefused("subject-ambiguous");
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
