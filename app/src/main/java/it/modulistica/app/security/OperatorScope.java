package it.modulistica.app.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * The modules an operator may work on: every module, the modules of one category, or one module.
 *
 * @param type what the scope is bounded by
 * @param value the category or module code; {@code null} for {@link Type#ALL}
 */
public record OperatorScope(Type type, String value) implements Serializable {

    public enum Type { ALL, CATEGORY, MODULE }

    public OperatorScope {
        Objects.requireNonNull(type, "type");
        if ((type == Type.ALL) != (value == null)) {
            throw new IllegalArgumentException("scope " + type + " with value " + value);
        }
    }

    public static OperatorScope all() {
        return new OperatorScope(Type.ALL, null);
    }

    public static OperatorScope category(String code) {
        return new OperatorScope(Type.CATEGORY, code);
    }

    public static OperatorScope module(String code) {
        return new OperatorScope(Type.MODULE, code);
    }

    /** Whether a module with this code, filed under this category, lies within the scope. */
    public boolean covers(String categoryCode, String moduleCode) {
        return switch (type) {
            case ALL -> true;
            case CATEGORY -> value.equals(categoryCode);
            case MODULE -> value.equals(moduleCode);
        };
    }
}
