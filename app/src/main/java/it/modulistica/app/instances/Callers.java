package it.modulistica.app.instances;

import it.modulistica.app.security.UserAccount;
import it.modulistica.engine.lifecycle.Caller;
import org.springframework.security.core.Authentication;

/** The engine's view of the signed-in user: username, the modules they operate on and
 * the organisations they belong to. */
final class Callers {

    private Callers() {
    }

    static Caller of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof UserAccount account) {
            return new Caller(account.getUsername(), account::operates, account::rolesIn);
        }
        return Caller.user(authentication.getName());
    }
}
