package it.modulistica.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedWorkflowsTest {

    static List<Path> shipped() {
        return ShippedWorkflows.files();
    }

    @Test
    void shipsTheStandardAndTheSimpleWorkflow() {
        assertThat(shipped()).extracting(p -> p.getFileName().toString()).contains("standard.json", "simple.json");
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedWorkflowLoadsWithoutProblems(Path file) {
        WorkflowParser.Result result = ShippedWorkflows.parse(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.definition()).isPresent();
    }

    @Test
    void everyShippedTextHasAnEnglishTranslation() {
        for (Path file : shipped()) {
            WorkflowDefinition workflow = ShippedWorkflows.parse(file).definition().orElseThrow();
            assertThat(workflow.title().english()).as(file + " title").isNotEmpty();
            workflow.states().forEach(s -> assertThat(s.label().english()).as(file + " " + s.code()).isNotEmpty());
            workflow.actions().forEach(a -> {
                assertThat(a.label().english()).as(file + " " + a.code()).isNotEmpty();
                assertThat(a.confirmation().isEmpty()).as(file + " " + a.code() + " confirmation")
                        .isEqualTo(a.confirmation().english().isEmpty());
            });
        }
    }

    @Test
    void simpleWorkflowNumbersAtSendingAndEndsThere() {
        WorkflowDefinition simple = ShippedWorkflows.load("simple");

        assertThat(simple.effectsOnCreate()).isEmpty();
        Action invia = simple.action("invia").orElseThrow();
        assertThat(invia.effects()).containsExactly(Effect.ASSIGN_NUMBER, Effect.FREEZE_DATA, Effect.RENDER_PDF,
                Effect.SEND_RECEIPT);
        assertThat(invia.guards()).containsExactlyInAnyOrder(Guard.WINDOW_OPEN, Guard.DATA_VALID);
        assertThat(simple.state("BOZZA").orElseThrow().ownerMayEdit()).isTrue();
        assertThat(simple.state("INVIATA").orElseThrow())
                .extracting(State::finalState, State::tab).containsExactly(true, "inviate");
    }
}
