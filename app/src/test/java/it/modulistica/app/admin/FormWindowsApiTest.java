package it.modulistica.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import it.modulistica.engine.window.OpeningWindows;
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
import org.springframework.test.annotation.DirtiesContext;

/**
 * Admins extend a module's window and unlock it for one organisation; the server enforces the
 * window in force at creation with a clear message. The demo data extends Utenti Servizi 06 to the
 * end of the year, as an admin would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class FormWindowsApiTest {

    private static final String WINDOW = "/api/admin/forms/utenti-servizi-06/window";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpeningWindows windows;

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> create(String organisation) {
        return call("federica.neri", HttpMethod.POST, "/api/instances",
                Map.of("form", "utenti-servizi-06", "organisation", organisation));
    }

    @Test
    void demoDataExtendsUtentiServizi06ToTheEndOfTheYearAsAnAdmin() {
        JsonNode window = call("admin", HttpMethod.GET, WINDOW, null).getBody();

        assertThat(window.get("opens").asText()).isEqualTo("2022-07-25T12:00:00");
        assertThat(window.get("closes").asText()).isEqualTo(Year.now().getValue() + "-12-31T23:59:00");
        assertThat(jdbc.sql("select created_by from form_window_extension where form_code = 'utenti-servizi-06'")
                .query(String.class).list()).containsOnly("admin");
    }

    @Test
    void closingTheWindowRefusesNewInstancesUntilAnUnlockOrAnExtension() {
        // The API refuses a closing time in the past; an earlier closing is recorded as it was before that rule.
        windows.extend("utenti-servizi-06", LocalDateTime.parse("2022-09-02T12:00"), "Ripristino del termine del manuale",
                "admin");

        ResponseEntity<JsonNode> stillPast = call("admin", HttpMethod.POST, WINDOW + "/extensions",
                Map.of("closes", "2023-01-01T00:00", "reason", "Riapertura"));
        assertThat(stillPast.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stillPast.getBody().at("/errors/0/code").asText()).isEqualTo("notInTheFuture");

        ResponseEntity<JsonNode> refused = create("004003");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("Il modulo non è più compilabile: termine scaduto il 02/09/2022 alle 12:00");

        assertThat(call("admin", HttpMethod.POST, WINDOW + "/unlocks",
                Map.of("organisation", "004003", "reason", "Verifica conclusa")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(create("004003").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(create("004029").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        LocalDateTime endOfYear = LocalDateTime.of(Year.now().getValue(), 12, 31, 23, 59);
        assertThat(call("admin", HttpMethod.POST, WINDOW + "/extensions",
                Map.of("closes", endOfYear.toString(), "reason", "Proroga")).getBody().get("closes").asText())
                .startsWith(endOfYear.toString());
        assertThat(create("004029").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anExtensionMustCloseAfterTheWindowItExtendsAndAnUnlockMustEndInTheFuture() {
        String before = call("admin", HttpMethod.GET, WINDOW, null).getBody().get("closes").asText();

        ResponseEntity<JsonNode> backwards = call("admin", HttpMethod.POST, WINDOW + "/extensions",
                Map.of("closes", "2020-01-01T00:00", "reason", "Proroga sbagliata"));
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(backwards.getBody().at("/errors/0/pointer").asText()).isEqualTo("/closes");
        assertThat(backwards.getBody().at("/errors/0/code").asText()).isEqualTo("notAfterCurrentClosing");
        assertThat(backwards.getBody().at("/errors/0/message").asText())
                .isEqualTo("La proroga deve chiudere dopo la chiusura attuale del modulo");

        ResponseEntity<JsonNode> pastUnlock = call("admin", HttpMethod.POST, WINDOW + "/unlocks",
                Map.of("organisation", "004003", "until", "2020-01-01T00:00", "reason", "Verifica"));
        assertThat(pastUnlock.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(pastUnlock.getBody().at("/errors/0/pointer").asText()).isEqualTo("/until");
        assertThat(pastUnlock.getBody().at("/errors/0/message").asText()).isEqualTo("La data e l'ora devono essere future");

        assertThat(call("admin", HttpMethod.GET, WINDOW, null).getBody().get("closes").asText()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from form_window_unlock where open_until = ?")
                .param(LocalDateTime.parse("2020-01-01T00:00")).query(Long.class).single()).isZero();
    }

    @Test
    void anExtensionNeedsAClosingTimeAndAReason() {
        ResponseEntity<JsonNode> response = call("admin", HttpMethod.POST, WINDOW + "/extensions", Map.of());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/closes", "/reason");
    }

    @Test
    void onlyAdminsChangeWindowsAndUnknownModulesAre404() {
        assertThat(call("operatore", HttpMethod.POST, WINDOW + "/extensions",
                Map.of("closes", "2030-01-01T00:00", "reason", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("admin", HttpMethod.GET, "/api/admin/forms/non-esiste/window", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
