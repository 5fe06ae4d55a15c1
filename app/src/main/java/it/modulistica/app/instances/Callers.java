package it.modulistica.app.instances;

import it.modulistica.app.security.UserAccount;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.Identity;
import org.springframework.security.core.Authentication;

/**
 * The engine's view of the signed-in user: username, the modules they operate on, the
 * organisations they belong to and who they are.
 */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof UserAccount account) {
            return new Caller(account.getUsername(), account::operates, account::rolesIn, new Identity(
                    account.firstName().orElse(null), account.lastName().orElse(null), account.fullName(),
                    account.codiceFiscale().orElse(null), account.email().orElse(null)));
        }
        return Caller.user(authentication.getName());
    }
}
