package it.modulistica.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A form.io form imported with the jar command into the forms directory the server reads, then
 * compiled and sent through the REST API: created, saved, refused while a field its condition shows
 * is missing, completed and sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ImportedModuleApiTest {

    private static final String CODE = "mensa-importata";

    @TempDir
    static Path forms;

    @DynamicPropertySource
    static void formsDirectory(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(forms.resolve("workflows"));
        try (InputStream in = ImportedModuleApiTest.class.getResourceAsStream("/forms/workflows/standard.json")) {
            Files.copy(in, forms.resolve("workflows/standard.json"));
        }
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        // A folder whose name starts with "." is not a module: the form.io file waits there.
        Path source = ImportFormioCommandTest.mensa(Files.createDirectories(forms.resolve(".formio")));
        int status = ImportFormioCommandTest.main(quiet, System.err, "import-formio", source.toString(),
                "--code", CODE, "--out", forms.toString());
        assertThat(status).isZero();
        registry.add("modulistica.forms-dir", forms::toString);
    }

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, Object body) {
        return http.withBasicAuth("mario.rossi", "demo").exchange(path, method, new HttpEntity<>(body), JsonNode.class);
    }

    private static String state(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody().get("state").asText();
    }

    private static List<String> pointers(JsonNode errors) {
        List<String> pointers = new ArrayList<>();
        errors.forEach(error -> pointers.add(error.get("pointer").asText()));
        return pointers;
    }

    @Test
    void theImportedModuleIsPublishedWithoutProblems() {
        JsonNode problems = http.withBasicAuth("admin", "demo").getForObject("/api/forms/problems", JsonNode.class);
        assertThat(problems.toString()).doesNotContain(CODE);
        JsonNode definition = call(HttpMethod.GET, "/api/forms/" + CODE, null).getBody();
        assertThat(definition.path("title").asText()).isEqualTo("Iscrizione alla mensa scolastica");
    }

    @Test
    void isCreatedSavedCompletedAndSentThroughTheApi() {
        ResponseEntity<JsonNode> created = call(HttpMethod.POST, "/api/instances", Map.of("form", CODE));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(created.getBody().get("number").asText()).startsWith("MENSA-IMPORTATA_");

        ObjectNode data = (ObjectNode) DefinitionJson.parse("""
                {"genitore": {"nome": "Mario Rossi", "email": "mario.rossi@example.org",
                              "recapiti": {"telefono": "011 4325303", "sms": true}},
                 "bambini": {"iscritti": [{"nomeBambino": "Luca", "scuola": "rodari", "dieta": "si"},
                                          {"nomeBambino": "Sara", "scuola": "collodi", "dieta": "no",
                                           "allergie": "nascosta: si scarta"}],
                             "privacy": true}}
                """);
        assertThat(call(HttpMethod.PUT, "/api/instances/" + id + "/data", data).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> refused = call(HttpMethod.POST, "/api/instances/" + id + "/actions/completa", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(pointers(refused.getBody().get("errors")))
                .containsExactlyInAnyOrder("/genitore/recapiti/cellulare", "/bambini/iscritti/0/allergie");

        ((ObjectNode) data.at("/genitore/recapiti")).put("cellulare", "333 1234567");
        ((ObjectNode) data.at("/bambini/iscritti/0")).put("allergie", "Glutine");
        assertThat(call(HttpMethod.PUT, "/api/instances/" + id + "/data", data).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(state(call(HttpMethod.POST, "/api/instances/" + id + "/actions/completa", null))).isEqualTo("DA_INVIARE");
        assertThat(state(call(HttpMethod.POST, "/api/instances/" + id + "/actions/invia", null))).isEqualTo("INVIATA");

        JsonNode sent = call(HttpMethod.GET, "/api/instances/" + id, null).getBody();
        assertThat(sent.at("/data/bambini/iscritti/0/allergie").asText()).isEqualTo("Glutine");
        // The second child has no special diet: the value of its hidden field was dropped.
        assertThat(sent.at("/data/bambini/iscritti/1").has("allergie")).isFalse();
        assertThat(sent.at("/data/genitore/recapiti/cellulare").asText()).isEqualTo("333 1234567");
    }
}
