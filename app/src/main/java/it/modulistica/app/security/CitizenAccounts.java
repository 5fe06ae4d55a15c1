package it.modulistica.app.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The accounts of people identified by a credential that carries their codice fiscale (CNS
 * certificate, SPID or CIE through an identity provider): the account holding that codice fiscale,
 * or a new citizen account when there is none. A new account's username is the codice fiscale and
 * its password a random secret nobody knows, so it signs in only with such credentials.
 */
@Service
public class CitizenAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserDirectory directory;

    CitizenAccounts(UserDirectory directory) {
        this.directory = directory;
    }

    /**
     * The account of the person; refused ({@code fiscal-number-ambiguous}) when several accounts
     * hold the same codice fiscale, since the credential cannot tell which one is meant.
     */
    public UserAccount signIn(IdentifiedPerson person) {
        String codiceFiscale = person.codiceFiscale().toUpperCase(Locale.ROOT);
        List<String> holders = directory.usernamesWithCodiceFiscale(codiceFiscale);
        if (holders.size() > 1) {
            throw new CredentialRefused("fiscal-number-ambiguous");
        }
        if (holders.isEmpty()) {
            register(person, codiceFiscale);
            holders = directory.usernamesWithCodiceFiscale(codiceFiscale);
            if (holders.size() != 1) {
                throw new CredentialRefused("account-conflict");
            }
        }
        return directory.loadUserByUsername(holders.get(0));
    }

    private void register(IdentifiedPerson person, String codiceFiscale) {
        String fullName = fullName(person, codiceFiscale);
        try {
            directory.register(new NewUser(codiceFiscale, fullName, person.firstName(), person.lastName(), codiceFiscale,
                    person.email(), List.of()), secret());
        } catch (DuplicateKeyException alreadyThere) {
            // The same person signing in twice at once, or a username equal to this codice fiscale:
            // what the directory holds now decides.
        }
    }

    private static String fullName(IdentifiedPerson person, String codiceFiscale) {
        String name = ((person.firstName() == null ? "" : person.firstName()) + " "
                + (person.lastName() == null ? "" : person.lastName())).strip();
        return name.isEmpty() ? codiceFiscale : name;
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
