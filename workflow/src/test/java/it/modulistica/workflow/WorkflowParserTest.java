package it.modulistica.workflow;

import static it.modulistica.workflow.SmallestWorkflow.action;
import static it.modulistica.workflow.SmallestWorkflow.addAction;
import static it.modulistica.workflow.SmallestWorkflow.parse;
import static it.modulistica.workflow.SmallestWorkflow.problemsAfter;
import static it.modulistica.workflow.SmallestWorkflow.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading a workflow file: JSON, keys, types, codes, names of actors, guards, effects, translations. */
class WorkflowParserTest {

    @Test
    void readsTheSmallestWorkflow() {
        WorkflowParser.Result result = parse(SmallestWorkflow.TEXT);

        assertThat(result.problems()).isEmpty();
        WorkflowDefinition workflow = result.definition().orElseThrow();
        assertThat(workflow.code()).isEqualTo("prova");
        assertThat(workflow.title().in(Locale.ENGLISH)).isEqualTo("Test");
        assertThat(workflow.effectsOnCreate()).isEmpty();
        assertThat(workflow.states()).containsExactly(
                new State("BOZZA", new Label("BOZZA", ""), true, "in-lavorazione", false),
                new State("INVIATA", new Label("INVIATA", ""), false, "inviate", true));
        Action invia = workflow.action("invia").orElseThrow();
        assertThat(invia.confirmation()).isEqualTo(Label.EMPTY);
        assertThat(invia.guards()).isEmpty();
        assertThat(invia.input()).isEqualTo(ActionInput.NOTHING);
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        WorkflowParser.Result result = parse("{\n  \"title\": \"Prova\",\n  \"initial\" \"BOZZA\"\n}");

        assertThat(result.definition()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("workflows/prova.json");
            assertThat(p.pointer()).isEmpty();
            assertThat(p.message()).startsWith("JSON non valido (riga 3, colonna");
        });
    }

    @Test
    void reportsARepeatedKeyAsMalformed() {
        WorkflowParser.Result result = parse("{\"title\": \"A\", \"title\": \"B\"}");

        assertThat(result.problems()).singleElement().extracting(WorkflowProblem::message).asString()
                .startsWith("JSON non valido").contains("title");
    }

    @Test
    void refusesAFileThatIsNotAnObject() {
        assertThat(parse("[]").problems()).extracting(WorkflowProblem::message)
                .containsExactly("Il processo deve essere un oggetto JSON");
    }

    @Test
    void reportsUnknownKeysAtEveryLevel() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            root.put("form", "prova");
            state(root, 0).put("tilte", "Bozza");
            action(root, 0).putObject("input").put("notes", "required");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer)
                .containsExactly("/form", "/states/0/tilte", "/actions/0/input/notes");
        assertThat(problems.get(0).message()).startsWith("Chiave sconosciuta \"form\": sono ammesse $comment, title");
    }

    @Test
    void reportsMissingKeysWhereTheyBelong() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            root.remove("title");
            state(root, 1).remove("tab");
            action(root, 0).remove("actors");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).contains(
                tuple("/title", "Manca la chiave obbligatoria \"title\""),
                tuple("/states/1/tab", "Manca la chiave obbligatoria \"tab\""),
                tuple("/actions/0/actors", "Manca la chiave obbligatoria \"actors\""));
    }

    @Test
    void reportsUnknownEffectGuardActorTabAndNote() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            state(root, 1).put("tab", "archivio");
            ObjectNode invia = action(root, 0);
            invia.putArray("effects").add("freeze-data").add("send-pec");
            invia.putArray("guards").add("data-valid").add("office-open");
            ((ArrayNode) invia.path("actors")).add("citizen");
            invia.putObject("input").put("note", "mandatory");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/states/1/tab", "Scheda sconosciuta \"archivio\": sono ammesse in-lavorazione, inviate, "
                        + "in-attesa-integrazione, concluse"),
                tuple("/actions/0/actors/1", "Attore sconosciuto \"citizen\": sono ammessi owner, operator, system"),
                tuple("/actions/0/guards/1", "Condizione sconosciuta \"office-open\": sono ammessi data-valid, "
                        + "window-open"),
                tuple("/actions/0/input/note", "Valore sconosciuto \"mandatory\" per la nota: sono ammessi none, "
                        + "optional, required"),
                tuple("/actions/0/effects/1", "Effetto sconosciuto \"send-pec\": sono ammessi assign-number, "
                        + "freeze-data, render-pdf, send-receipt, notify-owner"));
    }

    @Test
    void reportsInvalidCodes() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            state(root, 0).put("code", "Bozza");
            root.put("initial", "Bozza");
            action(root, 0).put("code", "Invia_ora").putArray("from").add("Bozza");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer).containsExactly("/states/0/code", "/actions/0/code");
        assertThat(problems.get(0).message()).contains("^[A-Z][A-Z0-9_]*$");
        assertThat(problems.get(1).message()).contains("^[a-z][a-z0-9-]*$");
    }

    @Test
    void refusesAFileNameThatIsNotAWorkflowCode() {
        assertThat(new WorkflowParser().parse("workflows/Standard.json", "Standard", SmallestWorkflow.TEXT).problems())
                .extracting(WorkflowProblem::pointer).containsExactly("");
    }

    @Test
    void keepsEffectsInTheOrderTheyDependOn() {
        List<WorkflowProblem> problems = problemsAfter(root -> action(root, 0).putArray("effects")
                .add("send-receipt").add("render-pdf"));

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/actions/0/effects", "\"render-pdf\" richiede \"freeze-data\" prima, nella stessa azione"),
                tuple("/actions/0/effects", "\"send-receipt\" richiede \"render-pdf\" prima, nella stessa azione"));
    }

    @Test
    void numbersAnInstanceOnlyOnce() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            root.putArray("effectsOnCreate").add("assign-number").add("notify-owner");
            action(root, 0).putArray("effects").add("freeze-data").add("assign-number").add("assign-number");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer).containsExactly(
                "/effectsOnCreate/1", "/actions/0/effects/2", "/actions/0/effects/1");
        assertThat(problems.get(1).message()).isEqualTo("\"assign-number\" è ripetuto in \"effects\"");
        assertThat(problems.get(2).message()).startsWith("Il numero è già assegnato alla creazione");
    }

    @Test
    void checksTranslations() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            state(root, 0).putObject("x-i18n").putObject("fr").put("label", "BROUILLON");
            action(root, 0).putObject("x-i18n").putObject("en").put("confirmation", "Send?");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).containsExactly(
                tuple("/states/0/x-i18n/fr", "Chiave sconosciuta \"fr\": sono ammesse en"),
                tuple("/actions/0/x-i18n/en/confirmation", "C'è la traduzione di \"confirmation\" ma non il testo italiano"));
    }

    @Test
    void refusesSystemActionsThatAskForInput() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            ObjectNode scadi = addAction(root, "scadi", "BOZZA", "INVIATA");
            scadi.putArray("actors").add("system");
            scadi.putObject("input").put("note", "optional");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer).containsExactly("/actions/1/input");
    }

    @Test
    void reportsWrongTypes() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            root.put("states", "BOZZA");
            action(root, 0).put("from", "BOZZA").put("label", "");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer, WorkflowProblem::message).contains(
                tuple("/states", "\"states\" deve essere un elenco non vuoto"),
                tuple("/actions/0/from", "\"from\" deve essere un elenco"),
                tuple("/actions/0/label", "\"label\" non può essere vuoto"));
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        List<WorkflowProblem> problems = problemsAfter(root -> {
            root.put("form", "prova");
            ((ArrayNode) action(root, 0).path("actors")).add("citizen");
            action(root, 0).putArray("effects").add("send-pec");
            addAction(root, "riapri", "INVIATA", "RIAPERTA");
        });

        assertThat(problems).extracting(WorkflowProblem::pointer).containsExactlyInAnyOrder(
                "/form", "/actions/0/actors/1", "/actions/0/effects/0", "/actions/1/to");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("workflows/prova.json"));
    }
}
