package it.modulistica.app.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A role granted in the database on top of {@link #USER}, which every signed-in user has. */
public enum Role {
    USER,
    OPERATOR,
    ADMIN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
