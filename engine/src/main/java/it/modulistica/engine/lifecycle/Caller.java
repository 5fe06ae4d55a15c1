package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks for an operation: the authenticated username, the modules they work on as an operator,
 * the organisations they belong to and what is known of them as a person. The owner of an
 * instance is the caller who created it.
 */
public record Caller(String username, OperatorAccess operatorAccess, Memberships memberships, Identity identity) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(operatorAccess, "operatorAccess");
        Objects.requireNonNull(memberships, "memberships");
        Objects.requireNonNull(identity, "identity");
        if (username.isBlank()) {
            throw new IllegalArgumentException("A caller has a username");
        }
    }

    /** A user who is not an operator of any module nor a member of any organisation, known by username only. */
    public static Caller user(String username) {
        return new Caller(username, OperatorAccess.NONE, Memberships.NONE, Identity.UNKNOWN);
    }

    /**
     * Whether the caller is an operator of this instance of {@code definition}: of the category it was
     * routed to when sent, when its module routes instances by their data, else of its module.
     */
    public boolean operates(Instance instance, FormDefinition definition) {
        return instance.routingCategory()
                .map(category -> operatorAccess.coversRouted(category, definition.code()))
                .orElseGet(() -> operatorAccess.covers(definition.category(), definition.code()));
    }

    /**
     * Whether the caller may act for the organisation: holding {@code role} there, or any role when
     * {@code role} is {@code null}.
     */
    public boolean mayActFor(String organisation, String role) {
        Set<String> roles = memberships.rolesIn(organisation);
        return role == null ? !roles.isEmpty() : roles.contains(role);
    }
}
