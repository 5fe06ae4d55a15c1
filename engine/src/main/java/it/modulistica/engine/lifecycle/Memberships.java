package it.modulistica.engine.lifecycle;

import java.util.Map;
import java.util.Set;

/**
 * The organisations a user belongs to and the roles they hold in each (for instance
 * {@code LEGALE_RAPPRESENTANTE} or {@code FUNZIONARIO} of a municipality, by its code). Acting for
 * an organisation needs a membership in it; a module may ask for a given role.
 */
@FunctionalInterface
public interface Memberships {

    /** A member of no organisation. */
    Memberships NONE = organisation -> Set.of();

    /** The roles held in the organisation with this code; empty when not a member. */
    Set<String> rolesIn(String organisation);

    /**
     * What is known of an organisation the user belongs to, for prefilling: attribute name without
     * the {@code organisation.} prefix ({@code code}, {@code name}, {@code codiceFiscale}, {@code pec},
     * {@code provincia}) to value; empty when nothing is known.
     */
    default Map<String, String> attributesOf(String organisation) {
        return Map.of();
    }

    /** Memberships as a map from organisation code to the roles held there. */
    static Memberships of(Map<String, Set<String>> rolesByOrganisation) {
        Map<String, Set<String>> copy = Map.copyOf(rolesByOrganisation);
        return organisation -> copy.getOrDefault(organisation, Set.of());
    }
}
