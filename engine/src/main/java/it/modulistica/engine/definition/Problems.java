package it.modulistica.engine.definition;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one definition file, each once, in the order found. */
final class Problems {

    private final String file;
    private final List<DefinitionProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String pointer, String message) {
        DefinitionProblem problem = new DefinitionProblem(file, pointer, message);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<DefinitionProblem> list() {
        return List.copyOf(found);
    }
}
