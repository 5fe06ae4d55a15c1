package it.modulistica.app.organisations;

import java.io.Serializable;
import java.util.Objects;

/** A user's role in an organisation. */
public record Membership(Organisation organisation, OrganisationRole role) implements Serializable {

    public Membership {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
    }
}
