package it.modulistica.app.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.instances.InstanceFixtures;
import it.modulistica.engine.definition.DefinitionJson;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sent instances delivered to a target running inside the test, which checks the signature: a 500
 * then a 200 makes one delivery; a target down for a while gets it once when back; a slow one is
 * timed out and tried again; after the retry period the delivery is in error until an operator sends
 * it again with the same event id. The worker is driven with chosen instants instead of waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext
class RegistrationDeliveryTest extends RegistrationTestBase {

    @Autowired
    MockMvc mvc;

    @Test
    void aTargetAnswering500Then200GetsOneSignedDeliveryWithLinksItCanFetch() throws Exception {
        String id = instances.send();
        Instant now = Instant.now();
        RECEIVER.answer(500);

        assertThat(worker.runOnce(now)).isZero();
        assertThat(deliveryStatus(id)).isEqualTo("RETRY");
        Instant next = nextAttempt(id);
        assertThat(next).isBetween(now.plusSeconds(47), now.plusSeconds(73));
        assertThat(worker.runOnce(now.plusSeconds(30))).as("not due yet").isZero();
        assertThat(RECEIVER.received()).hasSize(1);

        assertThat(worker.runOnce(next)).isEqualTo(1);
        assertThat(worker.runOnce(next.plus(Duration.ofDays(4)))).isZero();

        List<TestReceiver.Received> received = RECEIVER.received();
        assertThat(received).hasSize(2).allMatch(TestReceiver.Received::signatureValid)
                .allMatch(request -> "chiave-del-protocollo".equals(request.apiKey()));
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).event()).isEqualTo(received.get(0).event());
        assertThat(deliveryStatus(id)).isEqualTo("DELIVERED");

        JsonNode document = mapper.readTree(received.get(0).body());
        assertThat(document.get("eventId").asText()).isEqualTo(received.get(0).event());
        assertThat(document.get("action").asText()).isEqualTo("invia");
        assertThat(document.at("/instance/id").asText()).isEqualTo(id);
        assertThat(document.at("/instance/number").asText()).startsWith("SERV06_UTENTI_");
        assertThat(document.at("/module/code").asText()).isEqualTo(RegistrationForms.MODULE);
        assertThat(document.at("/module/sha256").asText()).hasSize(64);
        assertThat(document.get("organisation").asText()).isEqualTo("004003");
        assertThat(document.at("/owner/codiceFiscale").asText()).isEqualTo("NREFRC75C54A124J");
        assertThat(DefinitionJson.sha256(DefinitionJson.canonical(document.get("data"))))
                .isEqualTo(document.get("dataSha256").asText());
        assertThat(document.at("/instance/protocolUrl").asText())
                .isEqualTo(RegistrationForms.BASE_URL + "/api/instances/" + id + "/protocol");

        String token = accounts.token("protocollo.servizi", RegistrationForms.MODULE);
        URI receipt = URI.create(document.at("/receipt/url").asText());
        ResponseEntity<byte[]> pdf = http.exchange(receipt.getPath(), HttpMethod.GET, ServiceAccounts.bearer(token, null),
                byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(DefinitionJson.sha256(pdf.getBody())).isEqualTo(document.at("/receipt/sha256").asText());
        assertThat(http.exchange(receipt.getPath(), HttpMethod.GET,
                ServiceAccounts.bearer(accounts.token("protocollo.voucher", RegistrationForms.OTHER_MODULE), null),
                byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTargetDownForAWhileGetsTheDeliveryOnceWhenBack() {
        String id = instances.send();
        Instant now = Instant.now();
        RECEIVER.stop();
        try {
            worker.runOnce(now);
            worker.runOnce(now.plus(Duration.ofMinutes(2)));
            worker.runOnce(now.plus(Duration.ofMinutes(5)));
            assertThat(deliveryStatus(id)).isEqualTo("RETRY");
            assertThat(lastError(id)).startsWith("Connessione non riuscita");
        } finally {
            RECEIVER.restart();
        }
        Instant back = nextAttempt(id);
        assertThat(back).isAfter(now.plus(Duration.ofMinutes(5)));
        assertThat(worker.runOnce(back)).isEqualTo(1);
        worker.runOnce(back.plus(Duration.ofHours(7)));
        assertThat(RECEIVER.received()).hasSize(1);
        assertThat(deliveryStatus(id)).isEqualTo("DELIVERED");
        assertThat(attempts(id)).isEqualTo(4);
    }

    @Test
    void aSlowTargetIsTimedOutAndTriedAgainWithTheSameEvent() {
        String id = instances.send();
        Instant now = Instant.now();
        RECEIVER.answerAfter(Duration.ofSeconds(2), 200);

        assertThat(worker.runOnce(now)).isZero();
        assertThat(deliveryStatus(id)).isEqualTo("RETRY");
        assertThat(lastError(id)).isEqualTo("Nessuna risposta entro 500 ms");
        assertThat(worker.runOnce(nextAttempt(id))).isEqualTo(1);

        List<TestReceiver.Received> received = RECEIVER.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).event()).isEqualTo(received.get(0).event());
        assertThat(deliveryStatus(id)).isEqualTo("DELIVERED");
    }

    @Test
    void afterTheRetryPeriodTheDeliveryIsInErrorUntilAnOperatorSendsItAgain() throws Exception {
        String id = instances.send();
        String other = instances.send();
        Instant start = Instant.now();
        for (int i = 0; i < 80; i++) {
            RECEIVER.answer(503);
        }
        Instant at = start;
        while (!deliveryStatus(id).equals("FAILED") || !deliveryStatus(other).equals("FAILED")) {
            worker.runOnce(at);
            at = Collections.min(List.of(nextAttempt(id), nextAttempt(other)));
            assertThat(at).isBeforeOrEqualTo(start.plus(Duration.ofDays(3)).plusSeconds(1));
        }
        int attempts = attempts(id);
        assertThat(attempts).isBetween(15, 30);
        assertThat(worker.runOnce(start.plus(Duration.ofDays(10)))).isZero();
        assertThat(RECEIVER.received()).hasSize(attempts + attempts(other));
        assertThat(lastError(id)).startsWith("Risposta HTTP 503");

        String event = eventOf(id);
        JsonNode failed = instances.exchange("operatore", HttpMethod.GET,
                "/api/backoffice/registrations/failed?form=" + RegistrationForms.MODULE, null, HttpStatus.OK);
        assertThat(failed.findValuesAsText("eventId")).containsExactlyInAnyOrder(event, eventOf(other));
        assertThat(instances.call("federica.neri", HttpMethod.GET,
                "/api/instances/" + id + "/registrations", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(instances.exchange("operatore", HttpMethod.GET, "/api/instances/" + id + "/registrations", null,
                HttpStatus.OK).get(0).get("status").asText()).isEqualTo("FAILED");

        RECEIVER.reset();
        JsonNode retried = instances.exchange("operatore", HttpMethod.POST,
                "/api/backoffice/registrations/" + event + "/retry?form=" + RegistrationForms.MODULE, null, HttpStatus.OK);
        assertThat(retried.get("retried").asInt()).isEqualTo(1);
        assertThat(deliveryStatus(id)).isEqualTo("PENDING");
        assertThat(worker.runOnce(Instant.now())).isEqualTo(1);
        assertThat(RECEIVER.received()).singleElement().satisfies(request -> {
            assertThat(request.event()).isEqualTo(event);
            assertThat(request.signatureValid()).isTrue();
        });
        assertThat(deliveryStatus(other)).isEqualTo("FAILED");

        Cookie operator = InstanceFixtures.session(mvc, "operatore");
        String page = mvc.perform(get("/backoffice/moduli/" + RegistrationForms.MODULE + "/protocollazione")
                .cookie(operator)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(eventOf(other)).doesNotContain(event).contains("Risposta HTTP 503");
        mvc.perform(post("/backoffice/moduli/" + RegistrationForms.MODULE + "/protocollazione/reinvia")
                        .cookie(operator).with(csrf()))
                .andExpect(redirectedUrl("/backoffice/moduli/" + RegistrationForms.MODULE + "/protocollazione?reinviate=1"));
        assertThat(worker.runOnce(Instant.now())).isEqualTo(1);
        assertThat(RECEIVER.received()).hasSize(2).last()
                .satisfies(request -> assertThat(request.event()).isEqualTo(eventOf(other)));
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'REGISTRATION_RETRY'")
                .query(Long.class).single()).isEqualTo(2);
    }

    private String eventOf(String instanceId) {
        return jdbc.sql("select id from registration_delivery where instance_id = ?")
                .param(UUID.fromString(instanceId)).query(UUID.class).single().toString();
    }

    private String deliveryStatus(String instanceId) {
        return jdbc.sql("select status from registration_delivery where instance_id = ?")
                .param(UUID.fromString(instanceId)).query(String.class).single();
    }

    private String lastError(String instanceId) {
        return jdbc.sql("select last_error from registration_delivery where instance_id = ?")
                .param(UUID.fromString(instanceId)).query(String.class).single();
    }

    private int attempts(String instanceId) {
        return jdbc.sql("select attempts from registration_delivery where instance_id = ?")
                .param(UUID.fromString(instanceId)).query(Integer.class).single();
    }

    private Instant nextAttempt(String instanceId) {
        return jdbc.sql("select next_attempt_at from registration_delivery where instance_id = ?")
                .param(UUID.fromString(instanceId))
                .query((rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
    }
}
