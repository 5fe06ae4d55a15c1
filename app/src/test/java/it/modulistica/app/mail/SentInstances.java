package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Instances of Utenti Servizi 06 compiled and sent through the API by federica.neri, for mail and registration tests. */
public final class SentInstances {

    public static final String OWNER = "federica.neri";
    static final String OWNER_EMAIL = "federica.neri@example.org";
    static final String RUP_EMAIL = "m.bianchi@example.org";

    private final TestRestTemplate http;
    private final ObjectMapper mapper;

    public SentInstances(TestRestTemplate http, ObjectMapper mapper, JdbcClient jdbc) {
        this.http = http;
        this.mapper = mapper;
        jdbc.sql("update app_user set email = :email where username = :username")
                .param("email", OWNER_EMAIL).param("username", OWNER).update();
    }

    /** Creates, fills, completes and sends an instance; returns its id. */
    public String send() {
        String id = exchange(OWNER, HttpMethod.POST, "/api/instances", Map.of("form", "utenti-servizi-06",
                "organisation", "004003"), HttpStatus.CREATED).get("id").asText();
        exchange(OWNER, HttpMethod.PUT, "/api/instances/" + id + "/data", example(), HttpStatus.OK);
        exchange(OWNER, HttpMethod.POST, "/api/instances/" + id + "/actions/completa", null, HttpStatus.OK);
        exchange(OWNER, HttpMethod.POST, "/api/instances/" + id + "/actions/invia", null, HttpStatus.OK);
        return id;
    }

    public JsonNode exchange(String username, HttpMethod method, String path, Object body, HttpStatus expected) {
        ResponseEntity<JsonNode> response = call(username, method, path, body);
        assertThat(response.getStatusCode()).as(method + " " + path + ": " + response.getBody()).isEqualTo(expected);
        return response.getBody();
    }

    public ResponseEntity<JsonNode> call(String username, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.withBasicAuth(username, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private JsonNode example() {
        try (InputStream in = getClass().getResourceAsStream("/forms/utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json")) {
            assertThat(in).isNotNull();
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
