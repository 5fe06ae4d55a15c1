package it.modulistica.app.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Instances of Utenti Servizi 06 reached through the real API: federica.neri compiles them for Alba
 * or Bra, completes and sends them; operators act on them. Each carries a token of its own in the
 * first user's surname, so a test finds its instances whatever else the shared database holds.
 */
public final class Submissions {

    public static final String FORM = "utenti-servizi-06";
    public static final String OWNER = "federica.neri";
    public static final String ALBA = "004003";
    public static final String BRA = "004029";

    private final TestRestTemplate http;
    private final ObjectMapper mapper;

    public Submissions(TestRestTemplate http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper;
    }

    /** A word no other test uses, to search for. */
    public static String token() {
        return "tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A sent instance: its id and number. */
    public record Sent(String id, String number) {
    }

    /** Creates and fills a draft for {@code organisation} with the token in the first user's surname. */
    public String draft(String organisation, String token, Consumer<ObjectNode> change) {
        JsonNode created = exchange(OWNER, HttpMethod.POST, "/api/instances",
                Map.of("form", FORM, "organisation", organisation), HttpStatus.CREATED);
        String id = created.get("id").asText();
        ObjectNode data = example();
        if (organisation.equals(BRA)) {
            ObjectNode comune = (ObjectNode) data.get("comune");
            comune.put("comune", BRA).put("cap", "12042").put("codiceFiscale", "00498270040")
                    .put("pec", "protocollo.bra@pec.example.org");
        }
        ((ObjectNode) data.get("utenti").get(0)).put("cognome", "Gallo " + token);
        change.accept(data);
        exchange(OWNER, HttpMethod.PUT, "/api/instances/" + id + "/data", data, HttpStatus.OK);
        return id;
    }

    public Sent send(String organisation, String token) {
        return send(organisation, token, data -> { });
    }

    public Sent send(String organisation, String token, Consumer<ObjectNode> change) {
        String id = draft(organisation, token, change);
        act(OWNER, id, "completa", null);
        JsonNode sent = act(OWNER, id, "invia", null);
        assertThat(sent.get("state").asText()).isEqualTo("INVIATA");
        JsonNode instance = exchange(OWNER, HttpMethod.GET, "/api/instances/" + id, null, HttpStatus.OK);
        return new Sent(id, instance.get("number").asText());
    }

    public JsonNode act(String username, String id, String action, String note) {
        return exchange(username, HttpMethod.POST, "/api/instances/" + id + "/actions/" + action,
                note == null ? null : Map.of("note", note), HttpStatus.OK);
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
        return http.withBasicAuth(username, "demo").exchange(path, method, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    public ResponseEntity<byte[]> bytes(String username, String path) {
        return http.withBasicAuth(username, "demo").exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }

    private ObjectNode example() {
        try (InputStream in = getClass().getResourceAsStream(
                "/forms/utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json")) {
            assertThat(in).isNotNull();
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
