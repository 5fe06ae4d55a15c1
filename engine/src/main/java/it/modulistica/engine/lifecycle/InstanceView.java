package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.State;
import java.util.List;
import java.util.Set;

/**
 * An instance as one caller sees it: with the definition it is pinned to, its workflow state and
 * the actions the caller may take now; {@code lockedFields} are the pointers of the values the
 * caller may not change (prefilled from their profile), shown read-only.
 */
public record InstanceView(Instance instance, FormDefinition definition, State state, List<Action> permittedActions,
        Set<String> lockedFields) {

    public InstanceView {
        permittedActions = List.copyOf(permittedActions);
        lockedFields = Set.copyOf(lockedFields);
    }

    public InstanceView(Instance instance, FormDefinition definition, State state, List<Action> permittedActions) {
        this(instance, definition, state, permittedActions, Set.of());
    }
}
