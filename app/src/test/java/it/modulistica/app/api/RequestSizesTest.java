package it.modulistica.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A JSON body beyond {@code modulistica.api.max-json-body} (2 MB by default) is answered 413 with a
 * problem before it is parsed, whether its length is declared or it comes in chunks; an answer
 * lists at most {@code modulistica.api.max-errors} (100) violations, with their total.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizesTest {

    private static final int TWO_MB = 2 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper mapper;

    private final HttpClient client = HttpClient.newHttpClient();
    private String draft;

    @BeforeEach
    void draft() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/instances"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        draft = mapper.readTree(created.body()).get("id").asText();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString("federica.neri:demo".getBytes(StandardCharsets.UTF_8));
        return client.send(request.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An object of {@code keys} unknown keys, {@code {"k0000001": 1, ...}}, padded to exactly {@code size} bytes. */
    private static byte[] unknownKeys(int keys, int size) {
        StringBuilder json = new StringBuilder(size).append('{');
        for (int i = 0; i < keys; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(String.format("%07d", i)).append("\":1");
        }
        json.append(" ".repeat(Math.max(0, size - json.length() - 1))).append('}');
        return json.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void assertTooLarge(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = mapper.readTree(answer.body());
        assertThat(problem.get("title").asText()).isEqualTo("Richiesta troppo grande");
        assertThat(problem.get("detail").asText()).isEqualTo(
                "Il corpo JSON della richiesta supera la dimensione massima di 2 MB: non è stato letto e nulla è stato salvato.");
    }

    @Test
    void refusesABodyDeclaredLargerThanTwoMegabytes() throws Exception {
        byte[] body = unknownKeys(10, TWO_MB + 1);

        assertTooLarge(send(HttpRequest.newBuilder(uri("/api/instances/" + draft + "/data"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    @Test
    void refusesAChunkedBodyThatGrowsPastTwoMegabytes() throws Exception {
        byte[] body = unknownKeys(10, 3 * TWO_MB);

        assertTooLarge(send(HttpRequest.newBuilder(uri("/api/instances/" + draft + "/data"))
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))));
    }

    @Test
    void listsAtMostOneHundredViolationsWithTheirTotal() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/instances/" + draft + "/data"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(unknownKeys(150_000, TWO_MB))));

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode problem = mapper.readTree(answer.body());
        assertThat(problem.get("errors")).hasSize(100);
        assertThat(problem.get("totalErrors").asInt()).isEqualTo(150_000);
        assertThat(problem.get("detail").asText()).startsWith("I dati contengono 150.000 errori: i primi 100 sono elencati");
        assertThat(answer.body().length()).isLessThan(20_000);
    }

    @Test
    void theValidationEndpointListsAtMostOneHundredToo() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/forms/utenti-servizi-06/validate?level=draft"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(unknownKeys(1_000, 20_000))));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode result = mapper.readTree(answer.body());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("errors")).hasSize(100);
        assertThat(result.get("totalErrors").asInt()).isEqualTo(1_000);
    }
}
