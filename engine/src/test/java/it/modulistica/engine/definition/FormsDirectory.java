package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A forms directory written by a test: modules built from a small valid definition, and data files. */
final class FormsDirectory {

    private static final String VALID = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Modulo di prova",
              "type": "object",
              "properties": {
                "a": {
                  "type": "object",
                  "title": "Passo",
                  "properties": {
                    "b": { "type": "string", "title": "Campo" },
                    "email": { "type": "string", "title": "E-mail", "format": "email" }
                  },
                  "required": ["b"]
                }
              },
              "x-module": {
                "code": "CODE",
                "version": "1.0.0",
                "category": "prova",
                "workflow": "semplice",
                "numbering": "{code}-{year}-{seq:5}"
              }
            }
            """;

    private final Path root;

    /** Writes the workflow {@code semplice} that the valid definition names, as a real directory has it. */
    FormsDirectory(Path root) {
        this.root = root;
        write("workflows/semplice.json", simpleWorkflow());
    }

    /** The shipped simple workflow (BOZZA --invia--> INVIATA), read from the repository's forms folder. */
    static String simpleWorkflow() {
        try {
            return Files.readString(Path.of("..", "forms", "workflows", "simple.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** A valid definition of module {@code code}, to be changed by the test before writing. */
    static ObjectNode definition(String code) {
        return (ObjectNode) DefinitionJson.parse(VALID.replace("CODE", code));
    }

    /** The field {@code /a/b} of a {@link #definition}. */
    static ObjectNode fieldB(ObjectNode definition) {
        return (ObjectNode) definition.path("properties").path("a").path("properties").path("b");
    }

    static ObjectNode module(ObjectNode definition) {
        return (ObjectNode) definition.path("x-module");
    }

    FormsDirectory module(String folder, ObjectNode definition) {
        return write(folder + "/form.json", definition.toPrettyString());
    }

    FormsDirectory validModule(String code) {
        return module(code, definition(code));
    }

    FormsDirectory write(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FormsDirectory delete(String relativePath) {
        try {
            Files.delete(root.resolve(relativePath));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
