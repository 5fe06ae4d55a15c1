package it.modulistica.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as the application knows it: who the person is, and where an operator may act. */
public final class UserAccount extends User {

    private final String fullName;
    private final String codiceFiscale;
    private final String email;
    private final List<OperatorScope> operatorScopes;

    UserAccount(String username, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
            String fullName, String codiceFiscale, String email, List<OperatorScope> operatorScopes) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.fullName = fullName;
        this.codiceFiscale = codiceFiscale;
        this.email = email;
        this.operatorScopes = List.copyOf(operatorScopes);
    }

    public String fullName() {
        return fullName;
    }

    public Optional<String> codiceFiscale() {
        return Optional.ofNullable(codiceFiscale);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** Empty unless the user is an operator. */
    public List<OperatorScope> operatorScopes() {
        return operatorScopes;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().contains(role.authority());
    }

    /** Whether the user may act as operator on a module with this code, filed under this category. */
    public boolean operates(String categoryCode, String moduleCode) {
        return operatorScopes.stream().anyMatch(scope -> scope.covers(categoryCode, moduleCode));
    }
}
