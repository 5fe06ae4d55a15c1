package it.modulistica.app.overload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.PostgresSchema;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node that cannot take more, driven with a tiny pool (two connections) and two places: 503 with
 * {@code Retry-After}, a problem in the API and a short Italian page on the pages; never 500, and
 * never 401 for a password that could not be checked for want of a connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=250",
        "modulistica.overload.max-concurrent=2", "modulistica.overload.queue-timeout=100ms",
        "modulistica.overload.retry-after=3s", "modulistica.receipts.worker-enabled=false",
        "modulistica.mail.worker-enabled=false"})
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
@DirtiesContext
class OverloadOnPostgresTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        SCHEMA.drop();
    }

    @LocalServerPort
    int port;

    @Autowired
    AdmissionFilter admission;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectMapper mapper;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private void assertProblem503(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("3");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = mapper.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asText()).isEqualTo("Servizio momentaneamente sovraccarico");
        assertThat(problem.get("detail").asText()).contains("riprovare tra 3 secondi");
    }

    private void assertPage503(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("3");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"it\"").contains("Servizio momentaneamente sovraccarico")
                .contains("Riprova tra 3 secondi");
    }

    @Test
    void whenEveryPlaceIsTakenRequestsWaitBrieflyThenGet503WithRetryAfter() throws Exception {
        admission.places().acquire(2);
        try {
            assertProblem503(send(request("/api/me").header("Authorization", basic("mario.rossi"))));
            assertPage503(send(request("/login")));
        } finally {
            admission.places().release(2);
        }
        assertThat(send(request("/api/me").header("Authorization", basic("mario.rossi"))).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutADatabaseConnectionAValidPasswordGets503NeverA401OrA500() throws Exception {
        Matcher token = CSRF.matcher(send(request("/login")).body());
        assertThat(token.find()).isTrue();
        List<Connection> held = new ArrayList<>();
        try {
            held.add(dataSource.getConnection());
            held.add(dataSource.getConnection());

            assertProblem503(send(request("/api/me").header("Authorization", basic("mario.rossi"))));
            assertProblem503(send(request("/api/instances").header("Authorization", basic("federica.neri"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}"))));
            assertPage503(send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=mario.rossi&password=demo&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(send(request("/api/me").header("Authorization", basic("mario.rossi"))).statusCode()).isEqualTo(200);
    }
}
