package it.modulistica.app.instances;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A client of the instances API acting as one user, for tests. */
final class InstancesApi {

    private final TestRestTemplate http;

    InstancesApi(TestRestTemplate http, String username) {
        this.http = http.withBasicAuth(username, "demo");
    }

    static JsonNode example(ObjectMapper mapper, String path) throws IOException {
        try (InputStream in = InstancesApi.class.getResourceAsStream("/forms/utenti-servizi-06/examples/" + path)) {
            assertThat(in).as(path).isNotNull();
            return mapper.readTree(in);
        }
    }

    ResponseEntity<JsonNode> create(String form, String organisation) {
        return exchange(HttpMethod.POST, "/api/instances", Map.of("form", form, "organisation", organisation), null);
    }

    ResponseEntity<JsonNode> get(String id) {
        return exchange(HttpMethod.GET, "/api/instances/" + id, null, null);
    }

    ResponseEntity<JsonNode> save(String id, JsonNode data, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return exchange(HttpMethod.PUT, "/api/instances/" + id + "/data", data, headers);
    }

    ResponseEntity<JsonNode> act(String id, String action, String note, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return exchange(HttpMethod.POST, "/api/instances/" + id + "/actions/" + action,
                note == null ? null : Map.of("note", note), headers);
    }

    ResponseEntity<JsonNode> actions(String id) {
        return exchange(HttpMethod.GET, "/api/instances/" + id + "/actions", null, null);
    }

    ResponseEntity<JsonNode> history(String id) {
        return exchange(HttpMethod.GET, "/api/instances/" + id + "/history", null, null);
    }

    ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        if (extra != null) {
            headers.addAll(extra);
        }
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
