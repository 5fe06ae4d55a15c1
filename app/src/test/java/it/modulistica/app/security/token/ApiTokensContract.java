package it.modulistica.app.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens: issued by their user or, for service accounts, by an admin; only the SHA-256 stored;
 * refused when expired, revoked, wrong or of a disabled user; a module-limited token reaches only
 * that module; every issue and revocation audited. Run on every database by its subclasses.
 */
abstract class ApiTokensContract {

    static final String MODULE = "utenti-servizi-06";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    private ResponseEntity<JsonNode> withPassword(String user, HttpMethod method, String path, Object body) {
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers()), JsonNode.class);
    }

    private ResponseEntity<JsonNode> withToken(String token, HttpMethod method, String path, Object body) {
        HttpHeaders headers = headers();
        headers.setBearerAuth(token);
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "it");
        return headers;
    }

    private JsonNode issue(String user, String name) {
        ResponseEntity<JsonNode> issued = withPassword(user, HttpMethod.POST, "/api/me/tokens", Map.of("name", name));
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return issued.getBody();
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String title) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(response.getBody().get("title").asText()).isEqualTo(title);
    }

    @Test
    void signsInWithAnIssuedTokenStoringOnlyItsHashAndRecordsItsUse() {
        JsonNode issued = issue("mario.rossi", "script di prova");
        String token = issued.get("token").asText();
        String id = issued.get("details").get("id").asText();
        assertThat(token).matches("mdl_" + id + "_[A-Za-z0-9_-]{43}");
        assertThat(issued.get("details").get("expiresAt").asText()).isNotBlank();

        ResponseEntity<JsonNode> me = withToken(token, HttpMethod.GET, "/api/me", null);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody().get("username").asText()).isEqualTo("mario.rossi");

        Map<String, Object> row = jdbc.sql("SELECT * FROM api_token WHERE id = ?").param(id).query().singleRow();
        assertThat(row.get("secret_sha256").toString().strip()).isEqualTo(ApiTokens.sha256(token));
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(token.substring(21)));
        assertThat(row.get("last_used_at")).isNotNull();

        JsonNode listed = withPassword("mario.rossi", HttpMethod.GET, "/api/me/tokens", null).getBody();
        assertThat(listed.toString()).contains(id).doesNotContain(token);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'API_TOKEN' AND target = ?"
                + " AND username = 'mario.rossi'").param("token:" + id).query(Long.class).single()).isEqualTo(1);
        assertThat(auditDetails("SIGN_IN", "SUCCESS")).anyMatch(details -> details.contains("\"token\""));
    }

    @Test
    void aTokenWritesWithoutCsrfTokenAndRevokesItselfAtOnce() {
        JsonNode issued = issue("mario.rossi", "da revocare");
        String token = issued.get("token").asText();
        String id = issued.get("details").get("id").asText();

        ResponseEntity<JsonNode> created = withToken(token, HttpMethod.POST, "/api/instances", Map.of("form", "monitoraggio-2020"));
        assertThat(created.getStatusCode().value()).isNotIn(401, 403);

        ResponseEntity<JsonNode> revoked = withToken(token, HttpMethod.DELETE, "/api/me/tokens/" + id, null);
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revoked.getBody().get("revokedAt").isNull()).isFalse();
        assertRefused(withToken(token, HttpMethod.GET, "/api/me", null), "Token revocato");
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE event_type = 'API_TOKEN' AND target = ? ORDER BY id")
                .param("token:" + id).query((rs, row) -> rs.getString("details")).list()).hasSize(2).last().asString().contains("revoke");
    }

    @Test
    void refusesExpiredWrongAndMalformedTokensAndThoseOfDisabledUsers() {
        JsonNode issued = issue("giuseppe.verdi", "scade");
        String token = issued.get("token").asText();
        String id = issued.get("details").get("id").asText();

        String wrongSecret = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertRefused(withToken(wrongSecret, HttpMethod.GET, "/api/me", null), "Token non valido");
        assertRefused(withToken("mdl_nonsense", HttpMethod.GET, "/api/me", null), "Token non valido");

        // Expiry is set at issue time and cannot be changed through the API: the clock moving past it is simulated.
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), id).update();
        assertRefused(withToken(token, HttpMethod.GET, "/api/me", null), "Token scaduto");

        String other = issue("giuseppe.verdi", "utente disabilitato").get("token").asText();
        assertThat(withPassword("admin", HttpMethod.PUT, "/api/admin/users/giuseppe.verdi/enabled",
                Map.of("enabled", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            assertRefused(withToken(other, HttpMethod.GET, "/api/me", null), "Utente disabilitato");
        } finally {
            withPassword("admin", HttpMethod.PUT, "/api/admin/users/giuseppe.verdi/enabled", Map.of("enabled", true));
        }
        assertThat(auditDetails("SIGN_IN", "FAILURE")).anyMatch(details -> details.contains("token-expired"));
    }

    @Test
    void checksTheRequestedExpiryAndName() {
        ResponseEntity<JsonNode> refused = withPassword("mario.rossi", HttpMethod.POST, "/api/me/tokens",
                Map.of("name", " ", "expiresAt", OffsetDateTime.now().minusDays(1).toString(), "module", MODULE));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(pointers(refused)).containsExactlyInAnyOrder("/name", "/expiresAt", "/module");

        ResponseEntity<JsonNode> tooLong = withPassword("mario.rossi", HttpMethod.POST, "/api/me/tokens",
                Map.of("name", "lungo", "expiresAt", OffsetDateTime.now().plusDays(400).toString()));
        assertThat(pointers(tooLong)).containsExactly("/expiresAt");
    }

    @Test
    void aServiceAccountTokenLimitedToAModuleReachesOnlyThatModuleAndIssuesNoTokens() {
        ResponseEntity<JsonNode> account = withPassword("admin", HttpMethod.POST, "/api/admin/users/service-accounts",
                Map.of("username", "protocollo.alba", "fullName", "Protocollo di Alba"));
        assertThat(account.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        withPassword("admin", HttpMethod.POST, "/api/admin/users/protocollo.alba/roles", Map.of("role", "OPERATOR"));
        withPassword("admin", HttpMethod.POST, "/api/admin/users/protocollo.alba/roles", Map.of("role", "ADMIN"));

        ResponseEntity<JsonNode> issued = withPassword("admin", HttpMethod.POST, "/api/admin/users/protocollo.alba/tokens",
                Map.of("name", "registrazione", "module", MODULE));
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(issued.getBody().get("details").get("module").asText()).isEqualTo(MODULE);
        String token = issued.getBody().get("token").asText();

        JsonNode modules = withToken(token, HttpMethod.GET, "/api/backoffice/forms", null).getBody();
        assertThat(StreamSupport.stream(modules.spliterator(), false).map(module -> module.get("code").asText()).toList())
                .containsExactly(MODULE);
        assertThat(withToken(token, HttpMethod.GET, "/api/admin/users", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withToken(token, HttpMethod.POST, "/api/me/tokens", Map.of("name", "altro")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String unlimited = withPassword("admin", HttpMethod.POST, "/api/admin/users/protocollo.alba/tokens",
                Map.of("name", "tutto")).getBody().get("token").asText();
        assertThat(withToken(unlimited, HttpMethod.GET, "/api/admin/users", null).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(withPassword("protocollo.alba", HttpMethod.GET, "/api/me", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withPassword("admin", HttpMethod.POST, "/api/admin/users/mario.rossi/tokens",
                Map.of("name", "per altri")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        String id = issued.getBody().get("details").get("id").asText();
        assertThat(withPassword("admin", HttpMethod.DELETE, "/api/admin/users/protocollo.alba/tokens/" + id, null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(withToken(token, HttpMethod.GET, "/api/backoffice/forms", null), "Token revocato");
    }

    private List<String> auditDetails(String type, String outcome) {
        return jdbc.sql("SELECT details FROM audit_event WHERE event_type = ? AND outcome = ?").params(type, outcome)
                .query((rs, row) -> rs.getString("details")).list();
    }

    private static List<String> pointers(ResponseEntity<JsonNode> response) {
        return StreamSupport.stream(response.getBody().get("errors").spliterator(), false)
                .map(error -> error.get("pointer").asText()).toList();
    }
}
