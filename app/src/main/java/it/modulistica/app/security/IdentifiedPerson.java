package it.modulistica.app.security;

import it.modulistica.engine.validation.CodiceFiscale;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as a credential identifies them: a digital certificate (CNS) or an identity provider
 * (SPID, CIE). Only the codice fiscale identifies; the names and e-mail fill in a new account.
 *
 * @param codiceFiscale checked, in upper case
 * @param firstName {@code null} when the credential does not tell
 * @param lastName {@code null} when the credential does not tell
 * @param email {@code null} when the credential does not tell
 */
public record IdentifiedPerson(String codiceFiscale, String firstName, String lastName, String email) {

    public IdentifiedPerson {
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
    }

    /** The prefix of a fiscal number in SPID and CNS: the tax identifier type and the country (ETSI EN 319 412-1). */
    public static final String TAX_IDENTIFIER_PREFIX = "TINIT-";

    /**
     * The codice fiscale in a fiscal number as credentials write it, {@code TINIT-RSSMRA80A01H501U}
     * or {@code RSSMRA80A01H501U}, in upper case; empty when it is not a valid codice fiscale.
     */
    public static Optional<String> codiceFiscale(String fiscalNumber) {
        if (fiscalNumber == null) {
            return Optional.empty();
        }
        String code = fiscalNumber.regionMatches(true, 0, TAX_IDENTIFIER_PREFIX, 0, TAX_IDENTIFIER_PREFIX.length())
                ? fiscalNumber.substring(TAX_IDENTIFIER_PREFIX.length()) : fiscalNumber;
        return CodiceFiscale.isValid(code) ? Optional.of(code.toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
