package it.modulistica.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workflows shipped in {@code forms/workflows}, read from the source tree: the workflow module
 * does not depend on {@code forms}, and Maven runs the tests in the module's directory.
 */
final class ShippedWorkflows {

    static final Path DIRECTORY = Path.of("..", "forms", "workflows");

    private ShippedWorkflows() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkflowParser.Result parse(Path file) {
        String name = file.getFileName().toString();
        try {
            return new WorkflowParser().parse("workflows/" + name, name.substring(0, name.length() - ".json".length()),
                    Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped workflow {@code code}, which must load without problems. */
    static WorkflowDefinition load(String code) {
        WorkflowParser.Result result = parse(DIRECTORY.resolve(code + ".json"));
        assertThat(result.problems()).isEmpty();
        return result.definition().orElseThrow();
    }
}
