package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Sessions live in the database (Spring Session JDBC): a form sign-in (recorded in the audit log as such) is stored in SPRING_SESSION
 * and the cookie alone carries it to the next requests, on the pages and on the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    UserDirectory users;

    @Autowired
    SessionRepository<?> sessions;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Registers {@code username} (password "giusta") and signs in with the login form. */
    private HttpResponse<String> signIn(String username) throws IOException, InterruptedException {
        users.register(new NewUser(username, "Utente di prova", null, null, List.of()), "giusta");
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=giusta&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFormSignInIsStoredInTheDatabaseAndCarriesToTheNextRequests() throws Exception {
        HttpResponse<String> signedIn = signIn("sessione.db");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'sessione.db'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'sessione.db'")
                .query(Integer.class).single()).isEqualTo(30 * 60);

        HttpResponse<String> me = get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = mapper.readTree(me.body());
        assertThat(body.get("username").asText()).isEqualTo("sessione.db");
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE event_type = 'SIGN_IN' AND username = 'sessione.db'")
                .query(String.class).list()).containsExactly("{\"method\":\"form\"}");
    }

    @Test
    void theJdbcRepositoryReadsWithoutATransactionAndWritesInOne() {
        Object jdbcRepository = ReflectionTestUtils.getField(sessions, "sessions");

        assertThat(jdbcRepository).isInstanceOf(JdbcIndexedSessionRepository.class);
        assertThat(ReflectionTestUtils.getField(jdbcRepository, "transactionOperations"))
                .isInstanceOf(SessionTransactions.class);
    }

    @Test
    void requestsWithinTheResolutionDoNotWriteTheSessionsLastAccess() throws Exception {
        signIn("sessione.quieta");
        long signedInAt = lastAccess("sessione.quieta");
        Thread.sleep(20);

        for (int n = 0; n < 3; n++) {
            assertThat(get("/api/me").statusCode()).isEqualTo(200);
        }

        // One minute by default (modulistica.session.last-access-resolution): nothing written.
        assertThat(lastAccess("sessione.quieta")).isEqualTo(signedInAt);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aSignedInRequestReadsItsSessionOnce() throws Exception {
        signIn("sessione.letta");
        FindByIndexNameSessionRepository jdbcRepository =
                (FindByIndexNameSessionRepository) ReflectionTestUtils.getField(sessions, "sessions");
        AtomicInteger reads = new AtomicInteger();
        FindByIndexNameSessionRepository counting = new FindByIndexNameSessionRepository() {
            @Override
            public Map findByIndexNameAndIndexValue(String indexName, String indexValue) {
                return jdbcRepository.findByIndexNameAndIndexValue(indexName, indexValue);
            }

            @Override
            public Session createSession() {
                return jdbcRepository.createSession();
            }

            @Override
            public void save(Session session) {
                jdbcRepository.save(session);
            }

            @Override
            public Session findById(String id) {
                reads.incrementAndGet();
                return jdbcRepository.findById(id);
            }

            @Override
            public void deleteById(String id) {
                jdbcRepository.deleteById(id);
            }
        };
        ReflectionTestUtils.setField(sessions, "sessions", counting);
        try {
            // The answer's body is flushed before the end of the request: Spring Session commits the
            // session then, and again at the end, where it would read the session once more.
            HttpResponse<String> me = get("/api/me");

            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(mapper.readTree(me.body()).get("username").asText()).isEqualTo("sessione.letta");
            assertThat(reads).hasValue(1);
        } finally {
            ReflectionTestUtils.setField(sessions, "sessions", jdbcRepository);
        }
    }

    private long lastAccess(String username) {
        return jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :username")
                .param("username", username).query(Long.class).single();
    }
}
