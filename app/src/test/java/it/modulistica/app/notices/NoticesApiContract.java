package it.modulistica.app.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The avvisi API: public reading of the notices valid now by scope, newest first; the admins'
 * create, change and delete, audited, with problem details naming every wrong member; run on
 * every database by its subclasses.
 */
abstract class NoticesApiContract {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    static final LocalDateTime NOW = LocalDateTime.now(OpeningWindow.ZONE).truncatedTo(ChronoUnit.MINUTES);

    ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "it");
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> publish(String title, LocalDateTime from, LocalDateTime to, String category, String form) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("text", "Testo di " + title);
        body.put("from", from.toString());
        body.put("to", to == null ? null : to.toString());
        body.put("category", category);
        body.put("form", form);
        return call("admin", HttpMethod.POST, "/api/admin/notices", body);
    }

    /** The titles the public API lists for this query, in its order, among those of this test. */
    List<String> listed(String query, String prefix) {
        ResponseEntity<JsonNode> response = call(null, HttpMethod.GET, "/api/notices" + query, null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(response.getBody().spliterator(), false).map(notice -> notice.get("title").asText())
                .filter(title -> title.startsWith(prefix)).toList();
    }

    static List<String> pointers(ResponseEntity<JsonNode> response) {
        return StreamSupport.stream(response.getBody().get("errors").spliterator(), false)
                .map(error -> error.get("pointer").asText()).toList();
    }

    static String prefix() {
        return "T" + UUID.randomUUID().toString().substring(0, 8) + " ";
    }

    @Test
    void anAdminPublishesANoticeThatAnyoneReadsWithoutSigningInAndTheChangeIsAudited() {
        String p = prefix();
        ResponseEntity<JsonNode> created = publish(p + "Manutenzione", NOW.minusHours(1), NOW.plusDays(1), null, null);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode notice = created.getBody();
        assertThat(notice.get("title").asText()).isEqualTo(p + "Manutenzione");
        assertThat(notice.get("text").asText()).isEqualTo("Testo di " + p + "Manutenzione");
        assertThat(notice.get("from").asText()).isEqualTo(NOW.minusHours(1).toString() + ":00");
        assertThat(notice.get("category").isNull()).isTrue();
        assertThat(listed("", p)).containsExactly(p + "Manutenzione");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'ADMIN_CHANGE' AND target = ?")
                .param("notice:" + notice.get("id").asLong()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyNoticesValidNowAreListedTheEndBeingExclusiveAndTheNewestFirst() {
        String p = prefix();
        publish(p + "passato", NOW.minusDays(10), NOW.minusDays(1), null, null);
        publish(p + "futuro", NOW.plusDays(1), null, null, null);
        publish(p + "vecchio", NOW.minusDays(5), null, null, null);
        publish(p + "recente", NOW.minusDays(1), NOW.plusDays(3), null, null);
        publish(p + "scaduto ora", NOW.minusDays(2), NOW.minusMinutes(1), null, null);
        assertThat(listed("", p)).containsExactly(p + "recente", p + "vecchio");
    }

    @Test
    void aNoticeIsListedForItsScopeOnly() {
        String p = prefix();
        publish(p + "piattaforma", NOW.minusHours(4), null, null, null);
        publish(p + "categoria", NOW.minusHours(3), null, "servizi-educativi", null);
        publish(p + "modulo", NOW.minusHours(2), null, null, "utenti-servizi-06");
        publish(p + "altra categoria", NOW.minusHours(1), null, "voucher-scuola", null);
        assertThat(listed("?category=servizi-educativi", p))
                .containsExactly(p + "modulo", p + "categoria", p + "piattaforma");
        assertThat(listed("?form=utenti-servizi-06", p)).containsExactly(p + "modulo", p + "categoria", p + "piattaforma");
        assertThat(listed("?form=monitoraggio-2020", p)).containsExactly(p + "categoria", p + "piattaforma");
        assertThat(listed("?form=voucher-scuola", p)).containsExactly(p + "altra categoria", p + "piattaforma");
        assertThat(listed("?category=edilizia-urbanistica", p)).containsExactly(p + "piattaforma");
        assertThat(listed("", p)).hasSize(4);
    }

    @Test
    void wrongMembersAreEachNamedAndNothingIsWritten() {
        long before = jdbc.sql("SELECT COUNT(*) FROM notice").query(Long.class).single();
        ResponseEntity<JsonNode> empty = call("admin", HttpMethod.POST, "/api/admin/notices", Map.of());
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(empty.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(pointers(empty)).containsExactlyInAnyOrder("/title", "/text", "/from");

        ResponseEntity<JsonNode> wrong = call("admin", HttpMethod.POST, "/api/admin/notices", Map.of("title", "x".repeat(201),
                "text", "Testo", "from", "18/10/2023 12:00", "to", "2023-10-18T12:00", "category", "servizi-educativi",
                "form", "utenti-servizi-06"));
        assertThat(pointers(wrong)).containsExactlyInAnyOrder("/title", "/from", "/form");
        assertThat(wrong.getBody().get("errors").toString()).contains("format.date-time", "noticeOneScope");

        ResponseEntity<JsonNode> unknown = call("admin", HttpMethod.POST, "/api/admin/notices", Map.of("title", "Titolo",
                "text", "Testo", "from", "2023-10-18T12:00", "to", "2023-10-18T12:00", "category", "caccia"));
        assertThat(pointers(unknown)).containsExactlyInAnyOrder("/to", "/category");
        assertThat(unknown.getBody().get("errors").get(0).get("message").asText()).isNotBlank();

        ResponseEntity<JsonNode> noModule = call("admin", HttpMethod.POST, "/api/admin/notices", Map.of("title", "Titolo",
                "text", "Testo", "from", "2023-10-18T12:00", "form", "nessun-modulo"));
        assertThat(pointers(noModule)).containsExactly("/form");

        ResponseEntity<JsonNode> unreadable = call("admin", HttpMethod.POST, "/api/admin/notices", "{\"title\": ");
        assertThat(unreadable.getStatusCode().is4xxClientError()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void thePublicQueryRefusesUnknownScopesAndBothAtOnce() {
        ResponseEntity<JsonNode> unknownCategory = call(null, HttpMethod.GET, "/api/notices?category=caccia", null);
        assertThat(unknownCategory.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownCategory.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(call(null, HttpMethod.GET, "/api/notices?form=nessun-modulo", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> both = call(null, HttpMethod.GET,
                "/api/notices?category=servizi-educativi&form=utenti-servizi-06", null);
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(pointers(both)).containsExactly("/form");
    }

    @Test
    void anAdminChangesAndDeletesANotice() {
        String p = prefix();
        long id = publish(p + "bozza", NOW.minusHours(1), null, null, null).getBody().get("id").asLong();
        ResponseEntity<JsonNode> changed = call("admin", HttpMethod.PUT, "/api/admin/notices/" + id, Map.of(
                "title", p + "corretto", "text", "Nuovo testo", "from", NOW.minusHours(1).toString(),
                "form", "utenti-servizi-06"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("form").asText()).isEqualTo("utenti-servizi-06");
        assertThat(listed("?form=utenti-servizi-06", p)).containsExactly(p + "corretto");
        assertThat(listed("?form=voucher-scuola", p)).isEmpty();
        ResponseEntity<JsonNode> wrong = call("admin", HttpMethod.PUT, "/api/admin/notices/" + id, Map.of("title", ""));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(call("admin", HttpMethod.GET, "/api/admin/notices/" + id, null).getBody().get("title").asText())
                .isEqualTo(p + "corretto");

        assertThat(call("admin", HttpMethod.DELETE, "/api/admin/notices/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(listed("", p)).isEmpty();
        assertThat(call("admin", HttpMethod.DELETE, "/api/admin/notices/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call("admin", HttpMethod.PUT, "/api/admin/notices/" + id, Map.of("title", "x")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyAdminsWriteNotices() {
        Map<String, String> body = Map.of("title", "Titolo", "text", "Testo", "from", "2023-10-18T12:00");
        assertThat(call(null, HttpMethod.GET, "/api/admin/notices", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // Without credentials a write is refused before it is read: no CSRF token, no session.
        assertThat(call(null, HttpMethod.POST, "/api/admin/notices", body).getStatusCode())
                .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertThat(call("operatore", HttpMethod.POST, "/api/admin/notices", body).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("mario.rossi", HttpMethod.GET, "/api/admin/notices", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
