package it.modulistica.workflow;

import static it.modulistica.workflow.SmallestWorkflow.action;
import static it.modulistica.workflow.SmallestWorkflow.addAction;
import static it.modulistica.workflow.SmallestWorkflow.addState;
import static it.modulistica.workflow.SmallestWorkflow.parse;
import static it.modulistica.workflow.SmallestWorkflow.problemsAfter;
import static it.modulistica.workflow.SmallestWorkflow.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks between states and actions: references, duplicates, reachability, final states. */
class WorkflowGraphChecksTest {

    @Test
    void reportsAnUnknownStateInToAndTheStateNoLongerReached() {
        List<WorkflowProblem> problems = problemsAfter(root -> action(root, 0).put("to", "INVIATO"));

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/actions/0/to", "Stato di arrivo sconosciuto \"INVIATO\""),
                tuple("/states/1", "Lo stato \"INVIATA\" non è raggiungibile dallo stato iniziale \"BOZZA\""),
                tuple("/states/0", "Dallo stato \"BOZZA\" non si arriva a nessuno stato finale: aggiungere "
                        + "un'azione che ne esca o dichiararlo \"final\""));
    }

    @Test
    void reportsUnknownStatesInInitialAndFrom() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            root.put("initial", "NUOVA");
            ((ArrayNode) action(root, 0).path("from")).add("SOSPESA");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/initial", "Lo stato iniziale \"NUOVA\" non è tra gli stati"),
                tuple("/actions/0/from/1", "Stato di partenza sconosciuto \"SOSPESA\""));
    }

    @Test
    void reportsAStateUnreachableFromTheInitialOne() {
        List<WorkflowProblem> problems = problemsAfter(root -> addState(root, "ANNULLATA", true));

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/states/2", "Lo stato \"ANNULLATA\" non è raggiungibile dallo stato iniziale \"BOZZA\""));
    }

    @Test
    void reportsADeadEndThatIsNotFinal() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            addState(root, "SOSPESA", false);
            addAction(root, "sospendi", "BOZZA", "SOSPESA");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer).containsExactly("/states/2");
        assertThat(problems.get(0).message()).startsWith("Dallo stato \"SOSPESA\" non si arriva a nessuno stato finale");
    }

    @Test
    void requiresAFinalState() {
        List<WorkflowProblem> problems = problemsAfter(root -> state(root, 1).put("final", false));

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/states", "Il processo deve avere almeno uno stato finale (\"final\": true)"));
    }

    @Test
    void reportsADuplicateStateAndActionCode() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            addState(root, "BOZZA", false);
            addAction(root, "invia", "INVIATA", "INVIATA");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/states/2/code", "Stato duplicato \"BOZZA\": è già in /states/0"),
                tuple("/actions/1/code", "Azione duplicata \"invia\": è già in /actions/0"));
    }

    @Test
    void reportsADuplicateStateActionPair() {
        List<WorkflowProblem> problems = problemsAfter(root -> ((ArrayNode) action(root, 0).path("from")).add("BOZZA"));

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/actions/0/from/1", "L'azione \"invia\" parte già da \"BOZZA\": ogni coppia (stato, azione) è unica"));
    }

    @Test
    void letsAFinalStateMoveOnlyToAnotherFinalState() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            addState(root, "ARCHIVIATA", true);
            addAction(root, "archivia", "INVIATA", "ARCHIVIATA");
            addAction(root, "riapri", "INVIATA", "BOZZA");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/actions/2/to", "L'azione \"riapri\" parte dallo stato finale \"INVIATA\": può portare solo a un "
                        + "altro stato finale, e \"BOZZA\" non lo è"));
    }

    @Test
    void acceptsAnActionThatStaysInItsState() {
        WorkflowParser.Result result = parse(SmallestWorkflow.TEXT.replace("\"from\": [\"BOZZA\"]", "\"from\": [\"BOZZA\", \"INVIATA\"]")
                .replace("\"to\": \"INVIATA\"", "\"to\": \"INVIATA\", \"effects\": [\"notify-owner\"]"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.definition().orElseThrow().permitted("INVIATA", Set.of(Actor.OWNER)))
                .extracting(Action::code).containsExactly("invia");
    }

    @Test
    void refusesAnInitialStateThatIsFinal() {
        List<WorkflowProblem> problems = problemsAfter(root -> root.put("initial", "INVIATA"));

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message)
                .contains(tuple("/initial", "Lo stato iniziale \"INVIATA\" non può essere finale"));
    }
}
