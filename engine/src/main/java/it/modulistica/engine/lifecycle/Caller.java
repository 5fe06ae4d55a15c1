package it.modulistica.engine.lifecycle;

import java.util.Objects;

/**
 * Who asks for an operation: the authenticated username and the modules they work on as an
 * operator. The owner of an instance is the caller who created it.
 */
public record Caller(String username, OperatorAccess operatorAccess) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(operatorAccess, "operatorAccess");
        if (username.isBlank()) {
            throw new IllegalArgumentException("A caller has a username");
        }
    }

    /** A user who is not an operator of any module. */
    public static Caller user(String username) {
        return new Caller(username, OperatorAccess.NONE);
    }
}
