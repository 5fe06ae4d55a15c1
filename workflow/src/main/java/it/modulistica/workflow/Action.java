package it.modulistica.workflow;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An action that moves an instance from one of {@code from} to {@code to}.
 *
 * @param code         the action's code in URLs and history ({@code invia})
 * @param label        the button's text ("Invia")
 * @param confirmation the confirmation dialog's text, empty when none is asked
 * @param from         the states it may start from
 * @param to           the state it leads to
 * @param actors       who may do it
 * @param guards       what must hold before it
 * @param input        what the actor gives with it
 * @param effects      what the platform does, in order
 */
public record Action(
        String code,
        Label label,
        Label confirmation,
        Set<String> from,
        String to,
        Set<Actor> actors,
        Set<Guard> guards,
        ActionInput input,
        List<Effect> effects) {

    public Action {
        // Insertion-ordered copies: pages and diagrams list states and actors in file order.
        from = Collections.unmodifiableSet(new LinkedHashSet<>(from));
        actors = Collections.unmodifiableSet(new LinkedHashSet<>(actors));
        guards = Collections.unmodifiableSet(new LinkedHashSet<>(guards));
        effects = List.copyOf(effects);
    }
}
