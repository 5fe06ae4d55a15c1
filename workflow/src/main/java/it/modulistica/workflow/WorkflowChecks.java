package it.modulistica.workflow;

import it.modulistica.workflow.WorkflowReader.Draft;
import it.modulistica.workflow.WorkflowReader.ReadAction;
import it.modulistica.workflow.WorkflowReader.ReadState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks between the nodes of a workflow: unique codes, states that exist, every state
 * reachable from the initial one and able to reach a final one, final states left only for final
 * states.
 */
final class WorkflowChecks {

    private final Draft draft;
    private final Problems problems;
    /** The first state written with each code. */
    private final Map<String, ReadState> states = new LinkedHashMap<>();

    private WorkflowChecks(Draft draft, Problems problems) {
        this.draft = draft;
        this.problems = problems;
    }

    static void check(Draft draft, Problems problems) {
        new WorkflowChecks(draft, problems).run();
    }

    private void run() {
        uniqueStates();
        uniqueActions();
        initialState();
        references();
        finalStatesLeadOnlyToFinalStates();
        everyStateReachable();
        everyStateConcludes();
    }

    private void uniqueStates() {
        for (ReadState read : draft.states()) {
            String code = read.state().code();
            if (code.isEmpty()) {
                continue;
            }
            ReadState first = states.putIfAbsent(code, read);
            if (first != null) {
                problems.add(read.pointer() + "/code", "Stato duplicato \"" + code + "\": è già in " + first.pointer());
            }
        }
    }

    private void uniqueActions() {
        Map<String, String> seen = new HashMap<>();
        for (ReadAction read : draft.actions()) {
            String code = read.action().code();
            String first = seen.putIfAbsent(code, read.pointer());
            if (first != null && !code.isEmpty()) {
                problems.add(read.pointer() + "/code", "Azione duplicata \"" + code + "\": è già in " + first);
            }
        }
    }

    private void initialState() {
        String initial = draft.initial();
        if (initial.isEmpty()) {
            return;
        }
        ReadState state = states.get(initial);
        if (state == null) {
            problems.add("/initial", "Lo stato iniziale \"" + initial + "\" non è tra gli stati");
        } else if (state.state().finalState()) {
            problems.add("/initial", "Lo stato iniziale \"" + initial + "\" non può essere finale");
        }
    }

    private void references() {
        for (ReadAction read : draft.actions()) {
            List<String> from = read.from();
            for (int i = 0; i < from.size(); i++) {
                String code = from.get(i);
                if (code == null) {
                    continue;
                }
                String pointer = read.pointer() + "/from/" + i;
                if (!states.containsKey(code)) {
                    problems.add(pointer, "Stato di partenza sconosciuto \"" + code + "\"");
                } else if (from.subList(0, i).contains(code)) {
                    problems.add(pointer, "L'azione \"" + read.action().code() + "\" parte già da \"" + code
                            + "\": ogni coppia (stato, azione) è unica");
                }
            }
            String to = read.action().to();
            if (!to.isEmpty() && !states.containsKey(to)) {
                problems.add(read.pointer() + "/to", "Stato di arrivo sconosciuto \"" + to + "\"");
            }
        }
    }

    /** A final state means the matter is concluded: it may only be moved on to another final state (archiving). */
    private void finalStatesLeadOnlyToFinalStates() {
        for (ReadAction read : draft.actions()) {
            ReadState to = states.get(read.action().to());
            if (to == null || to.state().finalState()) {
                continue;
            }
            read.from().stream()
                    .map(states::get)
                    .filter(from -> from != null && from.state().finalState())
                    .forEach(from -> problems.add(read.pointer() + "/to", "L'azione \"" + read.action().code()
                            + "\" parte dallo stato finale \"" + from.state().code() + "\": può portare solo a un altro "
                            + "stato finale, e \"" + to.state().code() + "\" non lo è"));
        }
    }

    private void everyStateReachable() {
        if (!states.containsKey(draft.initial())) {
            return;
        }
        Set<String> reached = closure(Set.of(draft.initial()), successors());
        states.values().stream()
                .filter(read -> !reached.contains(read.state().code()))
                .forEach(read -> problems.add(read.pointer(), "Lo stato \"" + read.state().code()
                        + "\" non è raggiungibile dallo stato iniziale \"" + draft.initial() + "\""));
    }

    private void everyStateConcludes() {
        Set<String> finals = new HashSet<>();
        states.values().stream().filter(read -> read.state().finalState()).forEach(read -> finals.add(read.state().code()));
        if (finals.isEmpty()) {
            if (!states.isEmpty()) {
                problems.add("/states", "Il processo deve avere almeno uno stato finale (\"final\": true)");
            }
            return;
        }
        Set<String> concluding = closure(finals, predecessors());
        states.values().stream()
                .filter(read -> !concluding.contains(read.state().code()))
                .forEach(read -> problems.add(read.pointer(), "Dallo stato \"" + read.state().code()
                        + "\" non si arriva a nessuno stato finale: aggiungere un'azione che ne esca o dichiararlo "
                        + "\"final\""));
    }

    private Map<String, Set<String>> successors() {
        Map<String, Set<String>> edges = new HashMap<>();
        edges().forEach(edge -> edges.computeIfAbsent(edge.from(), s -> new HashSet<>()).add(edge.to()));
        return edges;
    }

    private Map<String, Set<String>> predecessors() {
        Map<String, Set<String>> edges = new HashMap<>();
        edges().forEach(edge -> edges.computeIfAbsent(edge.to(), s -> new HashSet<>()).add(edge.from()));
        return edges;
    }

    private record Edge(String from, String to) {
    }

    /** Every move of the actions between known states. */
    private List<Edge> edges() {
        return draft.actions().stream()
                .map(ReadAction::action)
                .filter(action -> states.containsKey(action.to()))
                .flatMap(action -> action.from().stream()
                        .filter(states::containsKey)
                        .map(from -> new Edge(from, action.to())))
                .toList();
    }

    private static Set<String> closure(Set<String> start, Map<String, Set<String>> edges) {
        Set<String> reached = new HashSet<>(start);
        Deque<String> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            for (String next : edges.getOrDefault(pending.pop(), Set.of())) {
                if (reached.add(next)) {
                    pending.add(next);
                }
            }
        }
        return reached;
    }
}
