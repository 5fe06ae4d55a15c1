package it.modulistica.app.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A password sign-in refused unchecked because its account and client address must still wait
 * after failed attempts. To the caller it is a wrong password like any other; the audit log says
 * {@code throttled}.
 */
public final class SignInThrottled extends BadCredentialsException {

    SignInThrottled(String username) {
        super("Sign-in of " + username + " from this address throttled");
    }
}
