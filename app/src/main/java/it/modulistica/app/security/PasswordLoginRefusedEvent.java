package it.modulistica.app.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Published when a citizen's password sign-in is refused ({@link PasswordLoginNotForCitizens}), so
 * the audit log records it. Public with a public constructor because Spring Security creates it by
 * reflection.
 */
public final class PasswordLoginRefusedEvent extends AbstractAuthenticationFailureEvent {

    public PasswordLoginRefusedEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
