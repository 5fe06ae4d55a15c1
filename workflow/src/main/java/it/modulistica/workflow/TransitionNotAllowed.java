package it.modulistica.workflow;

import java.util.List;

/**
 * An action was asked that the workflow does not permit in the current state for this actor; it
 * carries the current state and the actions that are permitted instead, with the labels of the
 * state and of the action as the workflow names them (messages show labels, never codes).
 */
public final class TransitionNotAllowed extends RuntimeException {

    private final String state;
    private final String action;
    private final Label stateLabel;
    private final Label actionLabel;
    private final List<Action> permitted;

    /**
     * @param stateLabel  the label of {@code state} in the workflow (its code when the workflow lacks it)
     * @param actionLabel the label of {@code action} in the workflow (its code when there is no such action)
     */
    public TransitionNotAllowed(String state, String action, Label stateLabel, Label actionLabel,
            List<Action> permitted) {
        super("Action " + action + " is not permitted in state " + state);
        this.state = state;
        this.action = action;
        this.stateLabel = stateLabel;
        this.actionLabel = actionLabel;
        this.permitted = List.copyOf(permitted);
    }

    public String state() {
        return state;
    }

    public String action() {
        return action;
    }

    /** The state's label, e.g. "Da inviare" for {@code DA_INVIARE}. */
    public Label stateLabel() {
        return stateLabel;
    }

    /** The action's label, e.g. "Invia" for {@code invia}. */
    public Label actionLabel() {
        return actionLabel;
    }

    public List<Action> permitted() {
        return permitted;
    }
}
