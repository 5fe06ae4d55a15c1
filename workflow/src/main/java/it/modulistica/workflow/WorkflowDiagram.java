package it.modulistica.workflow;

import java.util.Objects;

/**
 * Draws a workflow as a Mermaid {@code stateDiagram-v2}, for the docs and the admin pages: every
 * state with its label, the initial state, one arrow per (state, action) labelled with the action's
 * Italian label, an end arrow from every final state. The text depends only on the workflow, in
 * the order of its file.
 */
public final class WorkflowDiagram {

    private static final String INDENT = "    ";

    private WorkflowDiagram() {
    }

    public static String mermaid(WorkflowDefinition workflow) {
        Objects.requireNonNull(workflow, "workflow");
        StringBuilder text = new StringBuilder("stateDiagram-v2\n");
        for (State state : workflow.states()) {
            line(text, "state \"" + escape(state.label().italian()) + "\" as " + state.code());
        }
        line(text, "[*] --> " + workflow.initialState());
        for (Action action : workflow.actions()) {
            // Action.from is a set without order: the states' file order keeps the text stable.
            workflow.states().stream()
                    .filter(state -> action.from().contains(state.code()))
                    .forEach(state -> line(text, state.code() + " --> " + action.to() + " : "
                            + escape(action.label().italian())));
        }
        workflow.states().stream()
                .filter(State::finalState)
                .forEach(state -> line(text, state.code() + " --> [*]"));
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(INDENT).append(line).append('\n');
    }

    /** Mermaid has no escaping inside labels, only entity codes ({@code #quot;}, {@code #59;}). */
    private static String escape(String label) {
        StringBuilder escaped = new StringBuilder();
        for (char c : label.strip().toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("#quot;");
                case '#', ';', ':' -> escaped.append('#').append((int) c).append(';');
                case '\n', '\r', '\t' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
