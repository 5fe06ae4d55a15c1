package it.modulistica.app.security;

import java.util.List;
import java.util.Objects;

/**
 * A user to register.
 *
 * @param fullName the name as shown by the application
 * @param firstName the given name, used to prefill modules; {@code null} when unknown
 * @param lastName the family name, used to prefill modules; {@code null} when unknown
 * @param codiceFiscale the person's tax code, {@code null} when unknown
 * @param email {@code null} when unknown
 * @param grants roles beyond {@link Role#USER}
 */
public record NewUser(String username, String fullName, String firstName, String lastName, String codiceFiscale,
        String email, List<RoleGrant> grants) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        grants = List.copyOf(grants);
    }

    /** A user whose given and family names are not known apart. */
    public NewUser(String username, String fullName, String codiceFiscale, String email, List<RoleGrant> grants) {
        this(username, fullName, null, null, codiceFiscale, email, grants);
    }
}
