package it.modulistica.app.instances;

import it.modulistica.app.security.UserAccount;
import it.modulistica.engine.lifecycle.Caller;
import org.springframework.security.core.Authentication;

/** The engine's view of the signed-in user: username and the modules they operate on. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Authentication authentication) {
        if (authentication.getPrincipal() instanceof UserAccount account) {
            return new Caller(account.getUsername(), account::operates);
        }
        return Caller.user(authentication.getName());
    }
}
