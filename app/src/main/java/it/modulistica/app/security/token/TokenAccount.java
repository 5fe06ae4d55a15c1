package it.modulistica.app.security.token;

import it.modulistica.app.organisations.Membership;
import it.modulistica.app.security.Role;
import it.modulistica.app.security.UserAccount;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;

/**
 * The account an API token signs in: the token's owner, narrowed when the token is limited to one
 * module. A limited token acts only as an operator of that module (if the account is one): it
 * carries no ADMIN role and no memberships, so it reaches nothing outside the module.
 */
public final class TokenAccount extends UserAccount {

    private final String tokenId;
    private final String module;

    TokenAccount(UserAccount account, String tokenId, String module) {
        super(account);
        this.tokenId = tokenId;
        this.module = module;
    }

    /** The id of the token used (the part after {@code mdl_}), as listed and audited. */
    public String tokenId() {
        return tokenId;
    }

    /** The one module the token is limited to; empty when it acts with all of its owner's rights. */
    public Optional<String> module() {
        return Optional.ofNullable(module);
    }

    @Override
    public Collection<GrantedAuthority> getAuthorities() {
        Collection<GrantedAuthority> all = super.getAuthorities();
        if (module == null) {
            return all;
        }
        return all.stream().filter(authority -> !authority.equals(Role.ADMIN.authority())).toList();
    }

    @Override
    public List<Membership> memberships() {
        return module == null ? super.memberships() : List.of();
    }

    @Override
    public Set<String> rolesIn(String organisationCode) {
        return module == null ? super.rolesIn(organisationCode) : Set.of();
    }

    @Override
    public boolean operates(String categoryCode, String moduleCode) {
        return (module == null || module.equals(moduleCode)) && super.operates(categoryCode, moduleCode);
    }
}
