package it.modulistica.workflow;

import java.util.List;

/**
 * An action was asked that the workflow does not permit in the current state for this actor; it
 * carries the current state and the actions that are permitted instead.
 */
public final class TransitionNotAllowed extends RuntimeException {

    private final String state;
    private final String action;
    private final List<Action> permitted;

    public TransitionNotAllowed(String state, String action, List<Action> permitted) {
        super("Action " + action + " is not permitted in state " + state);
        this.state = state;
        this.action = action;
        this.permitted = List.copyOf(permitted);
    }

    public String state() {
        return state;
    }

    public String action() {
        return action;
    }

    public List<Action> permitted() {
        return permitted;
    }
}
