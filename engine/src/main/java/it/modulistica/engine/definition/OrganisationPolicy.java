package it.modulistica.engine.definition;

import java.util.Set;

/**
 * Which organisations a module is for ({@code x-module.organisations}).
 *
 * @param allowed the codes of the only organisations that may compile it; empty for any
 * @param locked  the codes of organisations that may compile it only while an unlock recorded for
 *                them runs (as the Region does after checking their case), even inside the window
 */
public record OrganisationPolicy(Set<String> allowed, Set<String> locked) {

    public static final OrganisationPolicy ANY = new OrganisationPolicy(Set.of(), Set.of());

    public OrganisationPolicy {
        allowed = Set.copyOf(allowed);
        locked = Set.copyOf(locked);
    }

    /** Whether {@code organisation} may compile the module at all. */
    public boolean allows(String organisation) {
        return allowed.isEmpty() || allowed.contains(organisation);
    }

    public boolean isLocked(String organisation) {
        return organisation != null && locked.contains(organisation);
    }
}
