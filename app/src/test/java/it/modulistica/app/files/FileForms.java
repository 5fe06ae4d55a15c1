package it.modulistica.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A forms directory for tests of files: the shipped workflows and data, and the test module
 * {@code prova-allegati} (a required PDF, other documents, an act template for "accogli"), which
 * lives in the test resources until shipped modules use the file widget.
 */
public final class FileForms {

    public static final String MODULE = "prova-allegati";

    private FileForms() {
    }

    /** Writes the directory and points the application at it. */
    public static void register(Path directory, DynamicPropertyRegistry registry) {
        for (String file : List.of("workflows/standard.json", "workflows/simple.json", "data/comuni.json",
                "data/province.json")) {
            copy("/forms/" + file, directory.resolve(file));
        }
        for (String file : List.of("form.json", "atto-accogli.ftlh")) {
            copy("/file-forms/" + MODULE + "/" + file, directory.resolve(MODULE).resolve(file));
        }
        registry.add("modulistica.forms-dir", directory::toString);
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = FileForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
