package it.modulistica.app.organisations;

import java.io.Serializable;
import java.util.Objects;

/**
 * A body users act for.
 *
 * @param code the ISTAT code for a municipality (e.g. {@code 004003}), a code of its own otherwise
 * @param codiceFiscale the body's tax code, {@code null} when unknown
 * @param pec its certified e-mail address, {@code null} when unknown
 */
public record Organisation(String code, Kind kind, String name, String codiceFiscale, String pec)
        implements Serializable {

    /** A municipality, or any other body. */
    public enum Kind { COMUNE, ALTRO }

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
