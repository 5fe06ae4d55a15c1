package it.modulistica.app.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Published when a certificate or an identity provider's sign-in is refused ({@link CredentialRefused},
 * or an OpenID Connect protocol error), so the audit log records it. Public with a public
 * constructor because Spring Security creates it by reflection.
 */
public final class CredentialRefusedEvent extends AbstractAuthenticationFailureEvent {

    public CredentialRefusedEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
