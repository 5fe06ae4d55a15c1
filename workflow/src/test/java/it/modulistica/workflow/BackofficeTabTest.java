package it.modulistica.workflow;

import static it.modulistica.workflow.SmallestWorkflow.parse;
import static it.modulistica.workflow.SmallestWorkflow.problemsAfter;
import static it.modulistica.workflow.SmallestWorkflow.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The back-office tab of a state ({@code backofficeTab}): read, checked, and set in the shipped workflows. */
class BackofficeTabTest {

    @Test
    void aStateWithoutBackofficeTabIsNotShownToOperators() {
        WorkflowDefinition workflow = parse(SmallestWorkflow.TEXT).definition().orElseThrow();

        assertThat(workflow.states()).noneMatch(State::inBackoffice);
        assertThat(workflow.backofficeStates()).isEmpty();
    }

    @Test
    void readsTheBackofficeTabOfAState() {
        String text = SmallestWorkflow.TEXT.replace("\"tab\": \"inviate\",", "\"tab\": \"inviate\", \"backofficeTab\": \"pervenute\",");

        WorkflowDefinition workflow = parse(text).definition().orElseThrow();

        assertThat(workflow.state("INVIATA").orElseThrow().backofficeTab()).isEqualTo("pervenute");
        assertThat(workflow.statesInBackofficeTab("pervenute")).containsExactly("INVIATA");
        assertThat(workflow.statesInBackofficeTab("concluse")).isEmpty();
    }

    @Test
    void refusesAnUnknownBackofficeTabAndOneOnADraft() {
        assertThat(problemsAfter(root -> {
            state(root, 0).put("backofficeTab", "pervenute");
            state(root, 1).put("backofficeTab", "archivio");
        })).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/states/0/backofficeTab", "Uno stato in cui chi compila modifica ancora i dati è una bozza: "
                        + "gli operatori non la vedono, quindi non ha una scheda del back office"),
                tuple("/states/1/backofficeTab", "Scheda del back office sconosciuta \"archivio\": sono ammesse "
                        + "pervenute, in-lavorazione, in-attesa-integrazione, concluse"));
    }

    @Test
    void theStandardWorkflowShowsOperatorsEverySentStateAndNoDraft() {
        WorkflowDefinition standard = ShippedWorkflows.load("standard");

        assertThat(standard.states()).extracting(State::code, State::backofficeTab).containsExactly(
                tuple("BOZZA", null),
                tuple("DA_INVIARE", null),
                tuple("INVIATA", "pervenute"),
                tuple("IN_LAVORAZIONE", "in-lavorazione"),
                tuple("IN_ATTESA_INTEGRAZIONE", "in-attesa-integrazione"),
                tuple("ACCOLTA", "concluse"),
                tuple("RESPINTA", "concluse"),
                tuple("ARCHIVIATA", "concluse"));
        // Every state an operator acts from is in a tab, so operators can find what waits for them.
        standard.actions().stream().filter(action -> action.actors().contains(Actor.OPERATOR))
                .flatMap(action -> action.from().stream())
                .forEach(from -> assertThat(standard.state(from).orElseThrow().inBackoffice()).as(from).isTrue());
        assertThat(ShippedWorkflows.load("simple").backofficeStates()).containsExactly("INVIATA");
    }
}
