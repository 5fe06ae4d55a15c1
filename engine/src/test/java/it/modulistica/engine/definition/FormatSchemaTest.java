package it.modulistica.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;

class FormatSchemaTest {

    /** The official draft-07 meta-schema, copied into the test resources so no network is needed. */
    private static Schema draft07() throws IOException {
        return SchemaLoader.builder()
                .draftV7Support()
                .schemaJson(new JSONObject(new JSONTokener(resource("/json-schema/draft-07.json"))))
                .build()
                .load()
                .build();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = FormatSchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void publishedFormatSchemaIsValidDraft07() throws IOException {
        Schema metaSchema = draft07();

        assertThatCode(() -> metaSchema.validate(new JSONObject(MetaSchema.text()))).doesNotThrowAnyException();
    }

    @Test
    void draft07MetaSchemaRejectsABrokenSchema() throws IOException {
        Schema metaSchema = draft07();

        assertThatCode(() -> metaSchema.validate(new JSONObject("{\"type\": \"strnig\", \"minLength\": -1}")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void comprehensiveDefinitionPassesTheFormatSchema() throws IOException {
        String definition = resource("/test-forms/completo/form.json");

        assertThat(MetaSchema.load().check(DefinitionJson.parse(definition))).isEmpty();
    }

    @Test
    void comprehensiveDefinitionIsAlsoAValidDraft07Schema() throws IOException {
        Schema metaSchema = draft07();
        String definition = resource("/test-forms/completo/form.json");

        assertThatCode(() -> metaSchema.validate(new JSONObject(definition))).doesNotThrowAnyException();
    }

    @Test
    void formatSchemaRejectsAMisspeltKeyword() {
        String definition = """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "T", "type": "object",
                 "properties": {"a": {"type": "object", "tilte": "Passo", "properties": {}}},
                 "x-module": {"code": "x", "version": "1.0.0", "category": "c", "workflow": "w", "numbering": "{seq:3}"}}
                """;

        assertThat(MetaSchema.load().check(DefinitionJson.parse(definition)))
                .anySatisfy(v -> {
                    assertThat(v.pointer()).isEqualTo("/properties/a");
                    assertThat(v.message()).contains("tilte");
                });
    }
}
