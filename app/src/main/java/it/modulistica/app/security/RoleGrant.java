package it.modulistica.app.security;

import java.util.Objects;

/**
 * One row of {@code user_role}: a role and, for operators, the modules it applies to.
 *
 * @param role {@link Role#OPERATOR} or {@link Role#ADMIN}
 * @param scope the operator's scope; {@code null} for administrators
 */
public record RoleGrant(Role role, OperatorScope scope) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        if (role == Role.USER) {
            throw new IllegalArgumentException("USER is implied, never granted");
        }
        if ((role == Role.OPERATOR) != (scope != null)) {
            throw new IllegalArgumentException("role " + role + " with scope " + scope);
        }
    }

    public static RoleGrant admin() {
        return new RoleGrant(Role.ADMIN, null);
    }

    public static RoleGrant operator(OperatorScope scope) {
        return new RoleGrant(Role.OPERATOR, scope);
    }
}
