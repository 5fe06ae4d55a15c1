package it.modulistica.app.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import it.modulistica.app.organisations.Membership;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as the application knows it: who the person is, the organisations
 * they belong to, and where an operator may act. Extended only by the account signed in through an
 * identity provider ({@code security.oidc}), which carries the provider's token beside it. */
public class UserAccount extends User {

    private final String fullName;
    private final String firstName;
    private final String lastName;
    private final String codiceFiscale;
    private final String email;
    private final List<OperatorScope> operatorScopes;
    private final List<Membership> memberships;
    private final transient Instant lockedUntil;

    UserAccount(String username, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
            NewUser person, List<OperatorScope> operatorScopes, List<Membership> memberships, Instant lockedUntil) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.fullName = person.fullName();
        this.firstName = person.firstName();
        this.lastName = person.lastName();
        this.codiceFiscale = person.codiceFiscale();
        this.email = person.email();
        this.operatorScopes = List.copyOf(operatorScopes);
        this.memberships = List.copyOf(memberships);
        this.lockedUntil = lockedUntil;
    }

    /** The same account, for a subclass that adds how the user signed in. */
    protected UserAccount(UserAccount account) {
        super(account.getUsername(), account.getPassword(), account.isEnabled(), true, true, true,
                account.getAuthorities());
        this.fullName = account.fullName;
        this.firstName = account.firstName;
        this.lastName = account.lastName;
        this.codiceFiscale = account.codiceFiscale;
        this.email = account.email;
        this.operatorScopes = account.operatorScopes;
        this.memberships = account.memberships;
        this.lockedUntil = account.lockedUntil;
    }

    /** When the lock set by too many failed passwords ends; empty when none was set. */
    Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    /** Whether the user works for the administration: an operator or an administrator. */
    public boolean staff() {
        return getAuthorities().contains(Role.OPERATOR.authority()) || getAuthorities().contains(Role.ADMIN.authority());
    }

    public String fullName() {
        return fullName;
    }

    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    public Optional<String> lastName() {
        return Optional.ofNullable(lastName);
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

    /** The organisations the user belongs to, with the role held in each; one entry per role. */
    public List<Membership> memberships() {
        return memberships;
    }

    /** The roles held in the organisation with this code, by name; empty when not a member. */
    public Set<String> rolesIn(String organisationCode) {
        return memberships.stream()
                .filter(membership -> membership.organisation().code().equals(organisationCode))
                .map(membership -> membership.role().name())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role role) {
        return getAuthorities().contains(role.authority());
    }

    /** Whether the user may act as operator on a module with this code, filed under this category. */
    public boolean operates(String categoryCode, String moduleCode) {
        return operatorScopes.stream().anyMatch(scope -> scope.covers(categoryCode, moduleCode));
    }
}
