package it.modulistica.app.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A certificate or an identity provider's answer that does not let anyone in. The message is a
 * reason code (such as {@code untrusted}, {@code expired}, {@code subject-ambiguous},
 * {@code fiscal-number-missing}), recorded in the audit log and turned into a sentence on the
 * sign-in page; it never holds the credential's personal data.
 */
public class CredentialRefused extends AuthenticationException {

    public CredentialRefused(String reason) {
        super(reason);
    }

    public CredentialRefused(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
