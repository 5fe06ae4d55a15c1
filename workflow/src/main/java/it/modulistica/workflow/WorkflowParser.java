package it.modulistica.workflow;

import java.util.List;
import java.util.Optional;

/**
 * Reads a workflow definition ({@code forms/workflows/<code>.json}) and checks it, returning every
 * problem found: unknown states, unreachable states, duplicate (from, action) pairs, unknown
 * effects, guards and actors.
 */
public final class WorkflowParser {

    /** A workflow, or the problems that kept it out. */
    public record Result(Optional<WorkflowDefinition> definition, List<WorkflowProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param file the file name reported in problems, relative to the forms directory
     * @param code the workflow's code (the file name without {@code .json})
     * @param text the file's content
     */
    public Result parse(String file, String code, String text) {
        throw new UnsupportedOperationException("being written");
    }
}
