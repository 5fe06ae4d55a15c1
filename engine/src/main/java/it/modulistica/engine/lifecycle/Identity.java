package it.modulistica.engine.lifecycle;

import java.util.Optional;

/**
 * What the platform knows of a caller as a person, for prefilling modules; each part {@code null}
 * when unknown.
 */
public record Identity(String firstName, String lastName, String fullName, String codiceFiscale, String email) {

    /** Nothing known. */
    public static final Identity UNKNOWN = new Identity(null, null, null, null, null);

    /**
     * The attribute a module's {@code prefill} names.
     *
     * @throws IllegalArgumentException for a name not in {@link it.modulistica.engine.definition.CompilerPolicy#PREFILL_ATTRIBUTES}
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(switch (name) {
            case "firstName" -> firstName;
            case "lastName" -> lastName;
            case "fullName" -> fullName;
            case "codiceFiscale" -> codiceFiscale;
            case "email" -> email;
            default -> throw new IllegalArgumentException("No identity attribute " + name);
        });
    }
}
