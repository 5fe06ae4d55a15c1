package it.modulistica.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow: data plus a pure function. Given the state of an instance and who is acting, it says
 * which actions are permitted and where each leads; it holds no instance state.
 *
 * @param code            the file name without {@code .json}, as modules reference it
 * @param title           what it is called
 * @param initialState    the state of a new instance
 * @param effectsOnCreate effects of creating an instance (the standard workflow numbers drafts)
 * @param states          every state, in the order of the file
 * @param actions         every action, in the order of the file
 */
public record WorkflowDefinition(
        String code,
        Label title,
        String initialState,
        List<Effect> effectsOnCreate,
        List<State> states,
        List<Action> actions) {

    /** The tabs of the back office, in the order operators see them. */
    public static final List<String> BACKOFFICE_TABS = List.of("pervenute", "in-lavorazione",
            "in-attesa-integrazione", "concluse");

    public WorkflowDefinition {
        effectsOnCreate = List.copyOf(effectsOnCreate);
        states = List.copyOf(states);
        actions = List.copyOf(actions);
    }

    public Optional<State> state(String stateCode) {
        return states.stream().filter(s -> s.code().equals(stateCode)).findFirst();
    }

    /** The codes of the states operators find under the back-office tab {@code backofficeTab}, in file order. */
    public List<String> statesInBackofficeTab(String backofficeTab) {
        return states.stream().filter(s -> backofficeTab.equals(s.backofficeTab())).map(State::code).toList();
    }

    /** The codes of every state operators see in the back office, in file order. */
    public List<String> backofficeStates() {
        return states.stream().filter(State::inBackoffice).map(State::code).toList();
    }

    public Optional<Action> action(String actionCode) {
        return actions.stream().filter(a -> a.code().equals(actionCode)).findFirst();
    }

    /** The actions any of {@code actors} may start from {@code state}, in the order of the file. */
    public List<Action> permitted(String state, Set<Actor> actors) {
        return actions.stream()
                .filter(a -> a.from().contains(state))
                .filter(a -> a.actors().stream().anyMatch(actors::contains))
                .toList();
    }

    /**
     * The transition of {@code actionCode} from {@code state} for {@code actors}.
     *
     * @throws TransitionNotAllowed when the action does not exist, does not start from this state
     *                              or is not for these actors
     */
    public Transition transition(String state, String actionCode, Set<Actor> actors) {
        return permitted(state, actors).stream()
                .filter(a -> a.code().equals(actionCode))
                .findFirst()
                .map(a -> new Transition(a, state, a.to()))
                .orElseThrow(() -> new TransitionNotAllowed(state, actionCode,
                        state(state).map(State::label).filter(label -> !label.isEmpty()).orElse(new Label(state, state)),
                        action(actionCode).map(Action::label).filter(label -> !label.isEmpty())
                                .orElse(new Label(actionCode, actionCode)),
                        permitted(state, actors)));
    }
}
