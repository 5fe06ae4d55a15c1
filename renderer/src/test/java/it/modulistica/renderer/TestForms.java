package it.modulistica.renderer;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.FormSource;
import it.modulistica.engine.definition.VersionLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small module written by a test, loaded through the real catalogue. */
public final class TestForms {

    private TestForms() {
    }

    /**
     * Loads a module whose steps are {@code propertiesJson} (the content of the root
     * {@code properties}), failing on any definition problem.
     */
    public static FormDefinition module(Path directory, String propertiesJson) {
        String form = """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "title": "Modulo di prova",
                  "type": "object",
                  "x-module": {"code": "prova", "version": "1.0.0", "category": "prova", "workflow": "standard",
                               "numbering": "{code}-{year}-{seq:5}"},
                  "properties": %s
                }
                """.formatted(propertiesJson);
        try {
            Files.createDirectories(directory.resolve("prova"));
            Files.writeString(directory.resolve("prova/form.json"), form);
            Files.createDirectories(directory.resolve("workflows"));
            Files.copy(Path.of("..", "forms", "workflows", "standard.json"), directory.resolve("workflows/standard.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FormCatalog catalog = new FormCatalog(FormSource.directory(directory), VersionLedger.NONE);
        if (!catalog.problems().isEmpty()) {
            throw new IllegalStateException(catalog.problems().toString());
        }
        return catalog.find("prova").orElseThrow();
    }
}
