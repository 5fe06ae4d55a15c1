package it.modulistica.workflow;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one workflow file, each once, in the order found. */
final class Problems {

    private final String file;
    private final List<WorkflowProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String pointer, String message) {
        WorkflowProblem problem = new WorkflowProblem(file, pointer, message);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<WorkflowProblem> list() {
        return List.copyOf(found);
    }
}
