package it.modulistica.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.UserDirectory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** What the audit log records, what it never records, and how administrators browse it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    private String newUser(String username) {
        users.register(new NewUser(username, "Utente di prova", null, null, List.of()), "giusta");
        return username;
    }

    private JsonNode audit(String query) {
        ResponseEntity<JsonNode> page = http.withBasicAuth("admin", "demo").getForEntity("/api/admin/audit?" + query,
                JsonNode.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private List<JsonNode> events(String type, String user) {
        return audit("type=" + type + "&user=" + user + "&size=200").get("items").valueStream().toList();
    }

    /** The shipped valid example of Utenti Servizi 06 for the Comune di Alba. */
    private static final String VALID_FOR_ALBA = """
            {"privacy": {"presaVisione": true}, "comune": {"sindaco": {"nome": "Federica", "cognome": "Neri",
             "codiceFiscale": "NREFRC75C54A124J"}, "provincia": "CN", "comune": "004003", "cap": "12051",
             "indirizzo": "Piazza Risorgimento, 1", "codiceFiscale": "00296180045", "pec": "protocollo.alba@pec.example.org",
             "rup": {"nominativo": "Marco Bianchi", "email": "m.bianchi@example.org", "telefono": "0173123456"}},
             "utenti": [{"nome": "Laura", "cognome": "Gallo", "codiceFiscale": "GLLLRA82D45A124B",
             "dataNascita": "1982-04-05", "email": "l.gallo@example.org", "telefono": "0173123457"}]}""";

    private String createDraft(String data) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate owner = http.withBasicAuth("federica.neri", "demo");
        ResponseEntity<JsonNode> created = owner.postForEntity("/api/instances",
                new HttpEntity<>("{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}", json), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        if (data != null) {
            assertThat(owner.exchange("/api/instances/" + id + "/data", HttpMethod.PUT, new HttpEntity<>(data, json),
                    JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        return id;
    }

    @Test
    void recordsBasicSignInFailuresAndOneSuccessPerIntervalWithTheMethod() {
        String user = newUser("audit.basic");
        http.withBasicAuth(user, "sbagliata").getForEntity("/api/me", JsonNode.class);
        http.withBasicAuth(user, "giusta").getForEntity("/api/me", JsonNode.class);
        http.withBasicAuth(user, "giusta").getForEntity("/api/me", JsonNode.class);

        List<JsonNode> signIns = events("SIGN_IN", user);

        assertThat(signIns).extracting(e -> e.get("outcome").asText()).containsExactly("SUCCESS", "FAILURE");
        assertThat(signIns).allSatisfy(e -> assertThat(e.at("/details/method").asText()).isEqualTo("basic"));
        assertThat(signIns.get(1).at("/details/reason").asText()).isEqualTo("bad-credentials");
    }

    @Test
    void recordsTheSignInsTheThrottleRefuses() {
        String user = newUser("audit.lock");
        for (int attempt = 1; attempt <= 4; attempt++) {
            http.withBasicAuth(user, "sbagliata").getForEntity("/api/me", JsonNode.class);
        }
        // The fourth failure makes the pair wait; the next attempt comes before the wait is over.
        jdbc.sql("update sign_in_throttle set next_attempt_at = next_attempt_at + interval '1' hour where username = ?")
                .param(user).update();
        http.withBasicAuth(user, "giusta").getForEntity("/api/me", JsonNode.class);

        assertThat(events("SIGN_IN", user)).hasSize(5);
        assertThat(events("SIGN_IN", user).get(0).at("/details/reason").asText()).isEqualTo("throttled");
        assertThat(events("SIGN_IN", user).get(1).at("/details/reason").asText()).isEqualTo("bad-credentials");
    }

    @Test
    void recordsAnInstanceRefusedToAStrangerAndAGuessedId() {
        String id = createDraft(null);
        UUID guessed = UUID.randomUUID();
        TestRestTemplate stranger = http.withBasicAuth("mario.rossi", "demo");

        assertThat(stranger.getForEntity("/api/instances/" + id, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.getForEntity("/api/instances/" + guessed + "/history", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        List<JsonNode> refused = events("ACCESS_REFUSED", "mario.rossi");
        assertThat(refused).anySatisfy(e -> {
            assertThat(e.get("target").asText()).isEqualTo("instance:" + id);
            assertThat(e.get("outcome").asText()).isEqualTo("REFUSED");
            assertThat(e.at("/details/reason").asText()).isEqualTo("not-visible");
            assertThat(e.at("/details/request").asText()).isEqualTo("GET /api/instances/" + id);
        });
        assertThat(refused).anySatisfy(e -> {
            assertThat(e.get("target").asText()).isEqualTo("instance:" + guessed);
            assertThat(e.at("/details/reason").asText()).isEqualTo("missing");
        });
    }

    @Test
    void recordsOperatorReadsButNotTheOwnersAndNeverFieldValues() {
        String id = createDraft(VALID_FOR_ALBA.replace("Piazza Risorgimento, 1", "Via VALORE-RISERVATO-123"));
        for (String action : List.of("completa", "invia")) {
            assertThat(http.withBasicAuth("federica.neri", "demo").postForEntity("/api/instances/" + id + "/actions/"
                    + action, null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        http.withBasicAuth("federica.neri", "demo").getForEntity("/api/instances/" + id, JsonNode.class);
        assertThat(http.withBasicAuth("operatore", "demo").getForEntity("/api/instances/" + id, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("operatore", "demo").getForEntity("/api/instances/" + id + "/pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(events("INSTANCE_READ", "operatore"))
                .filteredOn(e -> e.get("target").asText().equals("instance:" + id))
                .extracting(e -> e.at("/details/read").asText()).containsExactly("pdf", "data");
        assertThat(events("INSTANCE_READ", "federica.neri")).noneMatch(e -> e.get("target").asText().endsWith(id));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE details LIKE '%VALORE-RISERVATO%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void recordsAnAdminsWindowExtension() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/admin/forms/utenti-servizi-06/window/extensions",
                new HttpEntity<>(Map.of("closes", "2031-01-31T12:00", "reason", "Proroga regionale"), json),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(events("ADMIN_CHANGE", "admin")).anySatisfy(e -> {
            assertThat(e.get("target").asText()).isEqualTo("form:utenti-servizi-06");
            assertThat(e.at("/details/action").asText()).isEqualTo("window-extension");
            assertThat(e.at("/details/closes").asText()).isEqualTo("2031-01-31T12:00");
        });
    }

    @Test
    void browsingIsForAdminsOnlyNewestFirstAndPagedByTheDatabase() {
        String user = newUser("audit.pages");
        for (int attempt = 1; attempt <= 3; attempt++) {
            http.withBasicAuth(user, "sbagliata").getForEntity("/api/me", JsonNode.class);
        }

        JsonNode first = audit("user=" + user + "&size=2&page=0");
        JsonNode second = audit("user=" + user + "&size=2&page=1");

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        long newest = first.at("/items/0/id").asLong();
        assertThat(newest).isGreaterThan(first.at("/items/1/id").asLong());
        assertThat(first.at("/items/1/id").asLong()).isGreaterThan(second.at("/items/0/id").asLong());
        assertThat(audit("user=" + user + "&from=2000-01-01&to=2000-12-31").get("total").asLong()).isZero();
        assertThat(http.withBasicAuth("operatore", "demo").getForEntity("/api/admin/audit", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/admin/audit?size=0", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
