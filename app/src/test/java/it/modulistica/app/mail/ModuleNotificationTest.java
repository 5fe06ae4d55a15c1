package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workflow's notices ({@code notify-owner}) go to the addresses the module names in
 * {@code x-module.notification.recipientFields} and, unless {@code owner} is false, to the owner's
 * account; with no address at all the notice is recorded as "nessun indirizzo" among the deliveries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ModuleNotificationTest {

    @TempDir
    static Path forms;

    @DynamicPropertySource
    static void formsDirectory(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(forms.resolve("workflows"));
        try (InputStream in = ModuleNotificationTest.class.getResourceAsStream("/forms/workflows/simple.json")) {
            // The simple workflow, whose "invia" also notifies: a notice without an operator's step.
            Files.writeString(forms.resolve("workflows/avvisi.json"), new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"send-receipt\"]", "\"send-receipt\", \"notify-owner\"]"));
        }
        module("segnalazione", "{\"recipientFields\": [\"/contatti/email\"]}");
        module("segnalazione-ufficio", "{\"recipientFields\": [\"/contatti/email\"], \"owner\": false}");
        registry.add("modulistica.forms-dir", forms::toString);
    }

    private static void module(String code, String notification) throws IOException {
        Files.createDirectories(forms.resolve(code));
        Files.writeString(forms.resolve(code + "/form.json"), """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Segnalazione", "type": "object",
                 "x-module": {"code": "%s", "version": "1.0.0", "category": "salute", "workflow": "avvisi",
                              "numbering": "{code}_{year}.{seq:4}", "notification": %s},
                 "properties": {"contatti": {"type": "object", "title": "Contatti",
                     "properties": {"email": {"type": "string", "title": "E-mail", "format": "email"}}}}}
                """.formatted(code, notification));
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailWorker worker;

    @Autowired
    DeliveryStatus deliveryStatus;

    private String send(String user, String form, Map<String, Object> data) {
        TestRestTemplate caller = http.withBasicAuth(user, "demo");
        JsonNode created = caller.postForObject("/api/instances", Map.of("form", form), JsonNode.class);
        assertThat(created.has("id")).as(String.valueOf(created)).isTrue();
        String id = created.get("id").asText();
        caller.put("/api/instances/" + id + "/data", data);
        JsonNode sent = caller.postForObject("/api/instances/" + id + "/actions/invia", null, JsonNode.class);
        assertThat(sent.path("state").asText()).as(String.valueOf(sent)).isEqualTo("INVIATA");
        worker.runOnce(Instant.now().plusSeconds(1));
        return id;
    }

    private List<String> mailedTo(String id, String subjectPrefix) {
        String number = http.withBasicAuth("mario.rossi", "demo").getForObject("/api/instances/" + id, JsonNode.class)
                .get("number").asText();
        return jdbc.sql("select recipient from local_mail where subject = :subject order by recipient")
                .param("subject", subjectPrefix + " n. " + number + ": INVIATA").query(String.class).list();
    }

    private JsonNode notices(String user, String id) {
        JsonNode deliveries = http.withBasicAuth(user, "demo").getForObject("/api/instances/" + id + "/deliveries",
                JsonNode.class);
        List<JsonNode> notices = new java.util.ArrayList<>();
        deliveries.forEach(delivery -> {
            if ("NOTIFICATION".equals(delivery.get("kind").asText())) {
                notices.add(delivery);
            }
        });
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(notices);
    }

    @Test
    void anOwnerWithoutAnEmailIsNotifiedAtTheAddressInTheData() {
        // mario.rossi's account has no e-mail: the notice reaches the address he wrote in the form.
        String id = send("mario.rossi", "segnalazione", Map.of("contatti", Map.of("email", "mario@example.org")));

        assertThat(mailedTo(id, "Segnalazione")).containsExactly("mario@example.org");
        JsonNode notices = notices("mario.rossi", id);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("recipient").asText()).isEqualTo("mario@example.org");
        assertThat(notices.get(0).get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void withOwnerFalseOnlyTheAddressesOfTheDataAreNotified() {
        // federica.neri's account has an e-mail, but the module sends its notices to the data only.
        String id = send("federica.neri", "segnalazione-ufficio",
                Map.of("contatti", Map.of("email", "referente@example.org")));

        String number = http.withBasicAuth("federica.neri", "demo").getForObject("/api/instances/" + id, JsonNode.class)
                .get("number").asText();
        assertThat(jdbc.sql("select recipient from local_mail where subject = :subject")
                .param("subject", "Segnalazione n. " + number + ": INVIATA").query(String.class).list())
                .containsExactly("referente@example.org");
    }

    @Test
    void aNoticeWithNoAddressAtAllIsRecordedAsNessunIndirizzo() {
        String id = send("mario.rossi", "segnalazione", Map.of("contatti", Map.of()));

        assertThat(mailedTo(id, "Segnalazione")).isEmpty();
        JsonNode notices = notices("mario.rossi", id);
        assertThat(notices).hasSize(1);
        JsonNode notice = notices.get(0);
        assertThat(notice.get("recipient").asText()).isEqualTo("(nessun indirizzo)");
        assertThat(notice.get("status").asText()).isEqualTo("REJECTED");
        assertThat(notice.get("flagged").asBoolean()).isTrue();
        assertThat(notice.get("lastError").asText()).isEqualTo("nessun indirizzo (il compilatore non ha un indirizzo "
                + "e-mail; il campo /contatti/email è vuoto)");
        assertThat(notice.get("summary").asText()).startsWith("Avviso non inviabile: nessun indirizzo");
        // The instance's page shows operators the same sentences.
        assertThat(deliveryStatus.summaries(java.util.UUID.fromString(id))).contains("Avviso non inviabile: nessun "
                + "indirizzo (il compilatore non ha un indirizzo e-mail; il campo /contatti/email è vuoto)");
    }
}
