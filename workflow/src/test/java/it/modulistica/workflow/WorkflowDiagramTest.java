package it.modulistica.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkflowDiagramTest {

    private static final Path DOCS = Path.of("..", "docs", "workflow.md");

    private static WorkflowDefinition parse(String text) {
        WorkflowParser.Result result = new WorkflowParser().parse("workflows/prova.json", "prova", text);
        assertThat(result.problems()).isEmpty();
        return result.definition().orElseThrow();
    }

    @Test
    void drawsStatesInitialArrowsAndEndsInFileOrder() {
        WorkflowDefinition workflow = parse("""
                {
                  "title": "Prova",
                  "initial": "DA_INVIARE",
                  "states": [
                    {"code": "DA_INVIARE", "label": "DA INVIARE", "editable": true, "tab": "in-lavorazione"},
                    {"code": "CHIUSA", "label": "CHIUSA", "tab": "concluse", "final": true},
                    {"code": "INVIATA", "label": "INVIATA \\"ok\\"", "tab": "inviate"}
                  ],
                  "actions": [
                    {"code": "invia", "label": "Invia", "from": ["DA_INVIARE"], "to": "INVIATA", "actors": ["owner"]},
                    {"code": "chiudi", "label": "Chiudi: fine", "from": ["INVIATA", "DA_INVIARE"], "to": "CHIUSA",
                     "actors": ["operator"]}
                  ]
                }
                """);

        assertThat(WorkflowDiagram.mermaid(workflow)).isEqualTo("""
                stateDiagram-v2
                    state "DA INVIARE" as DA_INVIARE
                    state "CHIUSA" as CHIUSA
                    state "INVIATA #quot;ok#quot;" as INVIATA
                    [*] --> DA_INVIARE
                    DA_INVIARE --> INVIATA : Invia
                    DA_INVIARE --> CHIUSA : Chiudi#58; fine
                    INVIATA --> CHIUSA : Chiudi#58; fine
                    CHIUSA --> [*]
                """);
    }

    @Test
    void drawsTheStandardWorkflow() {
        String diagram = WorkflowDiagram.mermaid(ShippedWorkflows.load("standard"));

        assertThat(diagram.lines()).first().isEqualTo("stateDiagram-v2");
        assertThat(diagram.lines().map(String::strip)).contains(
                "state \"DA INVIARE\" as DA_INVIARE",
                "state \"IN ATTESA DI INTEGRAZIONE\" as IN_ATTESA_INTEGRAZIONE",
                "[*] --> BOZZA",
                "BOZZA --> DA_INVIARE : Salva e prosegui",
                "DA_INVIARE --> INVIATA : Invia",
                "DA_INVIARE --> BOZZA : Riporta in bozza",
                "IN_LAVORAZIONE --> IN_ATTESA_INTEGRAZIONE : Richiedi integrazione",
                "ACCOLTA --> ARCHIVIATA : Archivia",
                "RESPINTA --> ARCHIVIATA : Archivia",
                "ACCOLTA --> [*]",
                "RESPINTA --> [*]",
                "ARCHIVIATA --> [*]");
        assertThat(diagram.lines().filter(line -> line.contains(" : "))).hasSize(10);
    }

    @Test
    void drawsTheSameTextEveryTime() {
        WorkflowDefinition standard = ShippedWorkflows.load("standard");

        assertThat(WorkflowDiagram.mermaid(standard)).isEqualTo(WorkflowDiagram.mermaid(ShippedWorkflows.load("standard")));
    }

    @Test
    void docsShowTheDiagramOfEveryShippedWorkflow() throws IOException {
        String docs = Files.readString(DOCS);

        for (Path file : ShippedWorkflows.files()) {
            String diagram = WorkflowDiagram.mermaid(ShippedWorkflows.parse(file).definition().orElseThrow());
            assertThat(docs).as("docs/workflow.md shows the diagram of " + file + ": paste this block\n```mermaid\n"
                    + diagram + "```").contains("```mermaid\n" + diagram + "```");
        }
    }
}
