package it.modulistica.app.security;

import java.util.List;
import java.util.Objects;

/**
 * A user to register.
 *
 * @param codiceFiscale the person's tax code, {@code null} when unknown
 * @param email {@code null} when unknown
 * @param grants roles beyond {@link Role#USER}
 */
public record NewUser(String username, String fullName, String codiceFiscale, String email, List<RoleGrant> grants) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        grants = List.copyOf(grants);
    }
}
