package it.modulistica.workflow;

/** Draws a workflow as a Mermaid state diagram, for the docs and the admin pages. */
public final class WorkflowDiagram {

    private WorkflowDiagram() {
    }

    public static String mermaid(WorkflowDefinition workflow) {
        throw new UnsupportedOperationException("being written");
    }
}
