package it.modulistica.app.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.instances.InstanceFixtures;
import it.modulistica.app.mail.MailRuns;
import it.modulistica.app.mail.SentInstances;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The protocol number back: the module's service account records it with its token, once (the same
 * value again is 200, another 409, an admin corrects it with a reason); a token of another module's
 * service account gets 404. The number shows on the detail page, in the back-office list (and is
 * searched there), in the export, in the history and in the receipt e-mail, which waits for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext
class ProtocolCallbackTest extends RegistrationTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theModulesServiceAccountRecordsTheProtocolOnceAndAnotherValueIsAConflict() {
        String id = instances.send();
        String token = accounts.token("protocollo.servizi", RegistrationForms.MODULE);
        Map<String, String> protocol = Map.of("number", "2026/0012345", "date", "2026-12-03");

        ResponseEntity<JsonNode> first = put(token, id, protocol);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("outcome").asText()).isEqualTo("RECORDED");
        assertThat(first.getBody().get("label").asText()).isEqualTo("Protocollo n. 2026/0012345 del 03/12/2026");
        ResponseEntity<JsonNode> again = put(token, id, protocol);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("outcome").asText()).isEqualTo("UNCHANGED");

        ResponseEntity<JsonNode> other = put(token, id, Map.of("number", "2026/0099999", "date", "2026-12-03"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(other.getBody().get("number").asText()).isEqualTo("2026/0012345");

        ResponseEntity<JsonNode> stranger = put(accounts.token("protocollo.voucher", RegistrationForms.OTHER_MODULE), id,
                Map.of("number", "X", "date", "2026-12-03"));
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(instances.call(SentInstances.OWNER, HttpMethod.PUT, "/api/instances/" + id + "/protocol", protocol)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> invalid = put(token, id, Map.of("number", " ", "date", "03/12/2026"));
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(invalid.getBody().findValuesAsText("pointer")).containsExactlyInAnyOrder("/number", "/date");

        assertThat(protocolHistory(id)).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor").asText()).isEqualTo("protocollo.servizi");
            assertThat(entry.get("note").asText()).isEqualTo("Protocollo n. 2026/0012345 del 03/12/2026");
        });
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'PROTOCOL_CHANGE' and target = ?")
                .param("instance:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorCorrectsTheProtocolAndOnlyWithAReason() {
        String id = instances.send();
        instances.exchange("operatore", HttpMethod.PUT, "/api/instances/" + id + "/protocol",
                Map.of("number", "100", "date", "2026-12-01"), HttpStatus.OK);
        Map<String, String> correction = Map.of("number", "101", "date", "2026-12-01",
                "reason", "Numero trascritto male");

        assertThat(instances.call("operatore", HttpMethod.PUT, "/api/instances/" + id + "/protocol", correction)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode corrected = instances.exchange("admin", HttpMethod.PUT, "/api/instances/" + id + "/protocol",
                correction, HttpStatus.OK);
        assertThat(corrected.get("outcome").asText()).isEqualTo("CORRECTED");

        assertThat(protocolHistory(id)).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.get("action").asText()).isEqualTo("correzione-protocollo");
            assertThat(entry.get("note").asText()).contains("Protocollo n. 101 del 01/12/2026")
                    .contains("Protocollo n. 100 del 01/12/2026").contains("Numero trascritto male");
        });
        assertThat(jdbc.sql("select details from audit_event where event_type = 'PROTOCOL_CHANGE' and target = ?"
                + " order by id").param("instance:" + id).query(String.class).list())
                .hasSize(2).last().asString().contains("CORRECTED").contains("Numero trascritto male");
    }

    @Test
    void theProtocolShowsOnTheDetailPageInTheListItsSearchAndTheExport() throws Exception {
        String id = instances.send();
        String number = "PROT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        instances.exchange("operatore", HttpMethod.PUT, "/api/instances/" + id + "/protocol",
                Map.of("number", number, "date", "2026-12-02"), HttpStatus.OK);

        Cookie operator = InstanceFixtures.session(mvc, "operatore");
        String detail = page(operator, "/istanze/" + id);
        assertThat(detail).contains("Protocollo n. " + number + " del 02/12/2026").contains("Protocollazione");
        String list = page(operator, "/backoffice/moduli/" + RegistrationForms.MODULE + "?number="
                + number.toLowerCase());
        assertThat(list).contains("Protocollo n. " + number + " del 02/12/2026").contains("/istanze/" + id);

        JsonNode found = instances.exchange("operatore", HttpMethod.GET, "/api/backoffice/instances?form="
                + RegistrationForms.MODULE + "&number=" + number, null, HttpStatus.OK);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.at("/items/0/protocol/number").asText()).isEqualTo(number);

        ResponseEntity<byte[]> export = http.withBasicAuth("operatore", "demo").getForEntity(
                "/api/backoffice/export?format=csv&form=" + RegistrationForms.MODULE + "&number=" + number, byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        String csv = new String(unzipFirst(export.getBody()), StandardCharsets.UTF_8);
        assertThat(csv).contains("Numero di protocollo;Data di protocollo").contains(";" + number + ";2026-12-02;");
    }

    @Test
    void theReceiptWaitsForTheProtocolNumberAndCarriesIt() {
        String id = instances.send();
        Instant now = Instant.now();
        MailRuns.runOnce(context, now);
        assertThat(receipts(id)).as("waits for the protocol number").isEmpty();

        instances.exchange("operatore", HttpMethod.PUT, "/api/instances/" + id + "/protocol",
                Map.of("number", "777", "date", "2026-12-03"), HttpStatus.OK);
        MailRuns.runOnce(context, now.plusSeconds(1));
        assertThat(receipts(id)).isNotEmpty().allSatisfy(text -> assertThat(text).contains("Protocollo n. 777 del 03/12/2026"));

        String late = instances.send();
        MailRuns.runOnce(context, Instant.now());
        assertThat(receipts(late)).isEmpty();
        MailRuns.runOnce(context, Instant.now().plus(Duration.ofMinutes(3)));
        assertThat(receipts(late)).as("sent without it after the wait").isNotEmpty()
                .allSatisfy(text -> assertThat(text).doesNotContain("Protocollo n."));
    }

    private List<String> receipts(String instanceId) {
        return jdbc.sql("select text_body from mail_job where instance_id = ? and kind = 'RECEIPT'")
                .param(UUID.fromString(instanceId)).query(String.class).list();
    }

    private List<JsonNode> protocolHistory(String id) {
        JsonNode history = instances.exchange("operatore", HttpMethod.GET, "/api/instances/" + id + "/history", null,
                HttpStatus.OK);
        List<JsonNode> entries = new java.util.ArrayList<>();
        history.forEach(entry -> {
            if (entry.get("action").asText().contains("protocollo") || entry.get("action").asText().equals("protocollazione")) {
                entries.add(entry);
            }
        });
        return entries;
    }

    private String page(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private ResponseEntity<JsonNode> put(String token, String id, Map<String, String> body) {
        return http.exchange("/api/instances/" + id + "/protocol", HttpMethod.PUT,
                ServiceAccounts.bearer(token, body), JsonNode.class);
    }


    private static byte[] unzipFirst(byte[] zip) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            in.getNextEntry();
            return in.readAllBytes();
        }
    }
}
