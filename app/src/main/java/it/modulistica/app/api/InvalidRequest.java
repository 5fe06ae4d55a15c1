package it.modulistica.app.api;

import java.util.List;

/**
 * A request body whose members are missing or wrong, each named by its JSON pointer: 422 with the
 * same {@code errors} list as invalid form data.
 */
public final class InvalidRequest extends RuntimeException {

    private final List<Error> errors;

    private InvalidRequest(List<Error> errors) {
        super("Invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    /** One wrong member: its pointer and a violation code ({@code required} ...). */
    public record Error(String pointer, String code) {
    }

    public static Error required(String pointer) {
        return new Error(pointer, "required");
    }

    /** A request with one wrong member. */
    public static InvalidRequest of(String pointer, String code) {
        return new InvalidRequest(java.util.List.of(new Error(pointer, code)));
    }

    public static void throwIfAny(List<Error> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    public List<Error> errors() {
        return errors;
    }
}
