package it.modulistica.engine.definition;

import java.util.Set;

/**
 * What the installation configures and definitions may name, so that a definition naming something
 * the installation does not have is refused at load, with the names it could have used.
 *
 * @param registrationTargets the names of the registration targets ({@code x-module.registration.target})
 */
public record DefinitionContext(Set<String> registrationTargets) {

    /** An installation that configures nothing definitions may name. */
    public static final DefinitionContext NONE = new DefinitionContext(Set.of());

    public DefinitionContext {
        registrationTargets = Set.copyOf(registrationTargets);
    }
}
