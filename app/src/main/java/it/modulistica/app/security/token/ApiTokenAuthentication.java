package it.modulistica.app.security.token;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in with an API token: the principal is the {@link TokenAccount}. Before the
 * check it holds only the owner's name, when the token names an existing one, for the audit log;
 * the secret is never kept.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final Object principal;

    private ApiTokenAuthentication(Object principal, TokenAccount account) {
        super(account == null ? List.of() : account.getAuthorities());
        this.principal = principal;
        setAuthenticated(account != null);
    }

    static ApiTokenAuthentication of(TokenAccount account) {
        return new ApiTokenAuthentication(account, account);
    }

    /** A refused attempt, named after the token's owner when known ("" otherwise). */
    static ApiTokenAuthentication attempt(String owner) {
        return new ApiTokenAuthentication(owner == null ? "" : owner, null);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
