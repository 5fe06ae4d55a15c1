package it.modulistica.app.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Sign-in refused: the password was right, but citizens sign in only with SPID, CIE or CNS when
 * {@link SecuritySettings#passwordLoginForCitizens()} is off. Checked after the password, so the
 * refusal tells nothing to someone who does not know it.
 */
final class PasswordLoginNotForCitizens extends AccountStatusException {

    PasswordLoginNotForCitizens(String username) {
        super("Password sign-in is reserved to staff; " + username + " is a citizen");
    }
}
