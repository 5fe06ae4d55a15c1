package it.modulistica.engine.lifecycle;

import java.util.Objects;

/**
 * Who asks for an operation: the authenticated username, the modules they work on as an operator
 * and the organisations they belong to. The owner of an instance is the caller who created it.
 */
public record Caller(String username, OperatorAccess operatorAccess, Memberships memberships) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(operatorAccess, "operatorAccess");
        Objects.requireNonNull(memberships, "memberships");
        if (username.isBlank()) {
            throw new IllegalArgumentException("A caller has a username");
        }
    }

    /** A user who is not an operator of any module nor a member of any organisation. */
    public static Caller user(String username) {
        return new Caller(username, OperatorAccess.NONE, Memberships.NONE);
    }

    /**
     * Whether the caller may act for the organisation: holding {@code role} there, or any role when
     * {@code role} is {@code null}.
     */
    public boolean mayActFor(String organisation, String role) {
        var roles = memberships.rolesIn(organisation);
        return role == null ? !roles.isEmpty() : roles.contains(role);
    }
}
