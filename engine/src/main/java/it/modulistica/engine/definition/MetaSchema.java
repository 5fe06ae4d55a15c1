package it.modulistica.engine.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The JSON Schema of the form definition format itself ({@code form-definition.schema.json},
 * published for authors), applied to every definition before the parser reads it. It is strict: a
 * keyword the format does not know, such as a misspelt {@code "tilte"}, is a problem.
 */
public final class MetaSchema {

    /** Classpath location of the published format schema. */
    public static final String RESOURCE = "/it/modulistica/engine/definition/form-definition.schema.json";

    private final Schema schema;

    private MetaSchema(Schema schema) {
        this.schema = schema;
    }

    public static MetaSchema load() {
        return new MetaSchema(SchemaLoader.builder()
                .draftV7Support()
                .schemaJson(new JSONObject(new JSONTokener(text())))
                .build()
                .load()
                .build());
    }

    /** The format schema as published. */
    public static String text() {
        try (InputStream in = MetaSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place where a definition breaks the format: JSON pointer and message. */
    public record Violation(String pointer, String message) {
    }

    public List<Violation> check(JsonNode definition) {
        try {
            schema.validate(new JSONObject(DefinitionJson.canonical(definition)));
            return List.of();
        } catch (ValidationException e) {
            List<Violation> violations = new ArrayList<>();
            collect(e, violations);
            return violations;
        }
    }

    private static void collect(ValidationException e, List<Violation> into) {
        if (e.getCausingExceptions().isEmpty()) {
            String pointer = e.getPointerToViolation() == null ? "" : e.getPointerToViolation().replaceFirst("^#", "");
            into.add(new Violation(pointer, e.getErrorMessage()));
            return;
        }
        e.getCausingExceptions().forEach(cause -> collect(cause, into));
    }
}
