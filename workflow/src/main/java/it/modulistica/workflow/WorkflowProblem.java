package it.modulistica.workflow;

/** Why a workflow file was refused: file, JSON pointer of the offending node, message. */
public record WorkflowProblem(String file, String pointer, String message) {
}
