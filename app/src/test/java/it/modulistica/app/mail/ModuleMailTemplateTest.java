package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A module brings its own receipt e-mail ({@code forms/<code>/mail/receipt.ftl}); templates stay sandboxed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ModuleMailTemplateTest {

    @TempDir
    static Path forms;

    @DynamicPropertySource
    static void formsDirectory(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(forms.resolve("workflows"));
        Files.createDirectories(forms.resolve("avviso/mail"));
        try (InputStream in = ModuleMailTemplateTest.class.getResourceAsStream("/forms/workflows/simple.json")) {
            Files.copy(in, forms.resolve("workflows/simple.json"));
        }
        Files.writeString(forms.resolve("avviso/form.json"), """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Avviso", "type": "object",
                 "x-module": {"code": "avviso", "version": "1.0.0", "category": "salute", "workflow": "simple",
                              "numbering": "AVVISO_{year}.{seq:4}", "receipt": {"recipientFields": ["/contatti/email"]}},
                 "properties": {"contatti": {"type": "object", "title": "Contatti", "required": ["email"],
                     "properties": {"email": {"type": "string", "title": "E-mail", "format": "email"}}}}}
                """);
        Files.writeString(forms.resolve("avviso/mail/receipt.ftl"), """
                <#macro subject>Avviso ricevuto: ${number}</#macro>
                <#macro html><p>Il suo avviso ${number} è arrivato all'ufficio.</p></#macro>
                <#macro text>Il suo avviso ${number} è arrivato all'ufficio.</#macro>
                """);
        registry.add("modulistica.forms-dir", forms::toString);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailWorker worker;

    @Test
    void sendsTheReceiptWrittenWithTheModulesOwnTemplate() {
        TestRestTemplate user = http.withBasicAuth("mario.rossi", "demo");
        String id = user.postForObject("/api/instances", Map.of("form", "avviso"), JsonNode.class).get("id").asText();
        user.put("/api/instances/" + id + "/data", Map.of("contatti", Map.of("email", "ufficio@example.org")));
        user.postForObject("/api/instances/" + id + "/actions/invia", null, JsonNode.class);
        String number = user.getForObject("/api/instances/" + id, JsonNode.class).get("number").asText();

        worker.runOnce(Instant.now().plusSeconds(1));

        Map<String, Object> mail = jdbc.sql("select * from local_mail where recipient = 'ufficio@example.org'")
                .query().singleRow();
        assertThat(mail.get("SUBJECT") != null ? mail.get("SUBJECT") : mail.get("subject"))
                .isEqualTo("Avviso ricevuto: " + number);
    }

    @Test
    void aModuleTemplateCannotCreateJavaObjects() {
        String hostile = "<#macro subject>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</#macro>"
                + "<#macro html></#macro><#macro text></#macro>";

        assertThatThrownBy(() -> new MailTemplates().mail("receipt", Locale.ITALIAN, Map.of(), Optional.of(hostile)))
                .isInstanceOf(IllegalStateException.class);
    }
}
