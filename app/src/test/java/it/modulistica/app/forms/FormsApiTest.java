package it.modulistica.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.FormCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forms API over real HTTP, on the modules packaged with the application (the tests run in the
 * app module, where there is no ./forms directory).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormsApiTest {

    private static final String UTENTI = "utenti-servizi-06";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FormCatalog catalog;

    private TestRestTemplate user() {
        return http.withBasicAuth("mario.rossi", "demo");
    }

    private JsonNode example(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/forms/" + UTENTI + "/examples/" + path)) {
            assertThat(in).as(path).isNotNull();
            return mapper.readTree(in);
        }
    }

    private ResponseEntity<JsonNode> validate(Object body, String query, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return user().exchange("/api/forms/" + UTENTI + "/validate" + query, HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void listsPublishedModulesWithTheirWindowInTheCallersLanguage() {
        ResponseEntity<JsonNode> italian = user().getForEntity("/api/forms", JsonNode.class);
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> inEnglish = user().exchange("/api/forms", HttpMethod.GET, new HttpEntity<>(english),
                JsonNode.class);

        assertThat(italian.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode utenti = find(italian.getBody(), UTENTI);
        assertThat(utenti.get("title").asText()).isEqualTo("Utenti Servizi 06");
        assertThat(utenti.get("version").asText()).isEqualTo("1.1.0");
        assertThat(utenti.get("category").asText()).isEqualTo("servizi-educativi");
        assertThat(utenti.get("opens").asText()).isEqualTo("2022-07-25T12:00:00");
        assertThat(utenti.get("closes").asText()).isEqualTo("2022-09-02T12:00:00");
        assertThat(find(inEnglish.getBody(), UTENTI).get("title").asText()).isEqualTo("Servizi 06 users");
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode item : list) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError(code + " not listed in " + list);
    }

    @Test
    void returnsTheCurrentDefinition() {
        ResponseEntity<JsonNode> response = user().getForEntity("/api/forms/" + UTENTI, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().at("/x-module/code").asText()).isEqualTo(UTENTI);
        List<String> steps = new ArrayList<>();
        response.getBody().get("properties").fieldNames().forEachRemaining(steps::add);
        assertThat(steps).containsExactly("privacy", "comune", "utenti");
    }

    @Test
    void unknownModuleIsA404Problem() {
        ResponseEntity<JsonNode> response = user().getForEntity("/api/forms/non-esiste", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains("non-esiste");
    }

    @Test
    void validDataIsValid() throws IOException {
        ResponseEntity<JsonNode> response = validate(example("valid/comune-di-alba-un-utente.json"), "", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("valid").asBoolean()).isTrue();
        assertThat(response.getBody().get("errors")).isEmpty();
    }

    @Test
    void invalidDataListsEveryErrorWithPointerCodeAndItalianMessage() throws IOException {
        JsonNode example = example("invalid/cap-non-valido.json");

        ResponseEntity<JsonNode> response = validate(example.get("data"), "", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("valid").asBoolean()).isFalse();
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("pointer").asText()).isEqualTo(example.at("/errors/0/pointer").asText());
        assertThat(error.get("code").asText()).isEqualTo("format");
        assertThat(error.get("message").asText()).isEqualTo("Il CAP è composto da 5 cifre");
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        ObjectNode empty = mapper.createObjectNode();

        JsonNode english = validate(empty, "", "en").getBody();

        assertThat(english.at("/errors/0/message").asText()).isEqualTo("This field is required");
    }

    @Test
    void draftLevelAcceptsIncompleteData() throws IOException {
        ResponseEntity<JsonNode> draft = validate(example("valid-draft/solo-privacy.json"), "?level=draft", null);
        ResponseEntity<JsonNode> complete = validate(example("valid-draft/solo-privacy.json"), "?level=complete", null);

        assertThat(draft.getBody().get("valid").asBoolean()).isTrue();
        assertThat(complete.getBody().get("valid").asBoolean()).isFalse();
    }

    @Test
    void unknownLevelIsA400Problem() {
        ResponseEntity<JsonNode> response = validate(mapper.createObjectNode(), "?level=quasi", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains("quasi");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ResponseEntity<JsonNode> response = validate("{\"privacy\": ", "", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theApiNeedsCredentials() {
        assertThat(http.getForEntity("/api/forms", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void publishesTheSchemaOfTheDefinitionFormat() {
        ResponseEntity<JsonNode> response = user().getForEntity("/api/forms/format-schema", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(response.getBody().at("/properties/x-module").isObject()).isTrue();
    }

    @Test
    void shippedModulesHaveNoProblems() {
        ResponseEntity<JsonNode> response = user().getForEntity("/api/forms/problems", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEmpty();
    }

    @Test
    void everyPublishedVersionIsStoredWithItsHash() {
        var definition = catalog.find(UTENTI).orElseThrow();

        String stored = jdbc.sql("select sha256 from form_version where code = ? and version = ?")
                .params(UTENTI, "1.1.0").query(String.class).single();

        assertThat(stored).isEqualTo(definition.sha256());
    }
}
