package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.workflow.WorkflowDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published modules and workflows of a test: what the form catalogue and the workflow files
 * give the application. A test may set a step run at each workflow lookup, which the lifecycle does
 * right after loading an instance, to line up concurrent requests.
 */
final class TestCatalog {

    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();
    private final Map<String, WorkflowDefinition> workflows = new ConcurrentHashMap<>(Map.of(
            "standard", Workflows.standard(), "semplice", Workflows.simple()));
    private volatile Runnable atWorkflowLookup = () -> { };

    void publish(FormDefinition definition) {
        forms.put(definition.code(), definition);
    }

    void atWorkflowLookup(Runnable step) {
        this.atWorkflowLookup = step;
    }

    Optional<FormDefinition> form(String code) {
        return Optional.ofNullable(forms.get(code));
    }

    Optional<WorkflowDefinition> workflow(String code) {
        atWorkflowLookup.run();
        return Optional.ofNullable(workflows.get(code));
    }
}
