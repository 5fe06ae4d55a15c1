package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.State;
import java.util.List;

/**
 * An instance as one caller sees it: with the definition it is pinned to, its workflow state and
 * the actions the caller may take now.
 */
public record InstanceView(Instance instance, FormDefinition definition, State state, List<Action> permittedActions) {

    public InstanceView {
        permittedActions = List.copyOf(permittedActions);
    }
}
