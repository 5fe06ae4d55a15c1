package it.modulistica.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** The smallest valid workflow (BOZZA --invia--> INVIATA), and ways to break it one change at a time. */
final class SmallestWorkflow {

    static final String TEXT = """
            {
              "title": "Prova",
              "x-i18n": {"en": {"title": "Test"}},
              "initial": "BOZZA",
              "states": [
                {"code": "BOZZA", "label": "BOZZA", "editable": true, "tab": "in-lavorazione"},
                {"code": "INVIATA", "label": "INVIATA", "tab": "inviate", "final": true}
              ],
              "actions": [
                {"code": "invia", "label": "Invia", "from": ["BOZZA"], "to": "INVIATA", "actors": ["owner"]}
              ]
            }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SmallestWorkflow() {
    }

    static WorkflowParser.Result parse(String text) {
        return new WorkflowParser().parse("workflows/prova.json", "prova", text);
    }

    /** The problems of the smallest workflow after {@code change}; a workflow with problems is not returned. */
    static List<WorkflowProblem> problemsAfter(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(TEXT);
            change.accept(root);
            WorkflowParser.Result result = parse(JSON.writeValueAsString(root));
            assertThat(result.definition()).as("a workflow with problems is not returned").isEmpty();
            return result.problems();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode state(ObjectNode root, int index) {
        return (ObjectNode) root.path("states").get(index);
    }

    static ObjectNode action(ObjectNode root, int index) {
        return (ObjectNode) root.path("actions").get(index);
    }

    /** Appends an operator's action from one state to another. */
    static ObjectNode addAction(ObjectNode root, String code, String from, String to) {
        ObjectNode action = ((ArrayNode) root.path("actions")).addObject()
                .put("code", code).put("label", code).put("to", to);
        action.putArray("from").add(from);
        action.putArray("actors").add("operator");
        return action;
    }

    /** Appends a state of the tab {@code concluse}. */
    static ObjectNode addState(ObjectNode root, String code, boolean finalState) {
        return ((ArrayNode) root.path("states")).addObject()
                .put("code", code).put("label", code).put("tab", "concluse").put("final", finalState);
    }
}
