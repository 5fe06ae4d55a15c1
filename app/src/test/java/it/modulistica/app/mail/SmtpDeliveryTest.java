package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Receipts through a real SMTP server (GreenMail): delivered once, whatever happens to the server or the worker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SmtpDeliveryTest {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
    }

    @TestConfiguration
    static class CrashAfterHandOver {

        @Bean
        Crash crash() {
            return new Crash();
        }
    }

    /** Stops the worker right after the server accepted a mail, as a node dying there would. */
    static final class Crash implements HandOverObserver {

        final AtomicBoolean armed = new AtomicBoolean();

        @Override
        public void handedOver(UUID jobId) {
            if (armed.getAndSet(false)) {
                throw new IllegalStateException("node stopped after the hand-over");
            }
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailWorker worker;

    @Autowired
    MailSettings settings;

    @Autowired
    Crash crash;

    private GreenMail server;
    private SentInstances instances;

    @BeforeEach
    void setUp() {
        instances = new SentInstances(http, mapper, jdbc);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private void startServer() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @Test
    void deliversTheReceiptWithItsPdfToTheRupAndTheOwner() throws Exception {
        startServer();
        String id = instances.send();

        assertThat(worker.runOnce(Instant.now())).isEqualTo(2);

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(recipients(received)).containsExactlyInAnyOrder(SentInstances.RUP_EMAIL, SentInstances.OWNER_EMAIL);
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).startsWith("Ricevuta di invio: ").contains("SERV06_UTENTI_");
            assertThat(message.getMessageID()).endsWith("@" + settings.messageIdDomain() + ">");
            Part pdf = attachment(message);
            assertThat(pdf.getFileName()).endsWith(".pdf");
            assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(storedReceipt(id));
        }
        JsonNode deliveries = instances.exchange(SentInstances.OWNER, HttpMethod.GET,
                "/api/instances/" + id + "/deliveries", null, HttpStatus.OK);
        assertThat(deliveries).hasSize(2);
        deliveries.forEach(delivery -> {
            assertThat(delivery.get("status").asText()).isEqualTo("SENT");
            assertThat(delivery.get("summary").asText())
                    .matches("Ricevuta inviata il \\d\\d/\\d\\d/\\d{4} alle \\d\\d:\\d\\d a " + delivery.get("recipient").asText());
        });
    }

    @Test
    void deliversEveryReceiptExactlyOnceWhenTheServerComesBack() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(instances.send());
        }
        Instant now = Instant.now();
        for (int run = 0; run < 3; run++) {
            assertThat(worker.runOnce(now)).isZero();
            now = now.plus(settings.maxBackoff());
        }
        JsonNode waiting = instances.exchange(SentInstances.OWNER, HttpMethod.GET,
                "/api/instances/" + ids.get(0) + "/deliveries", null, HttpStatus.OK);
        assertThat(waiting.get(0).get("status").asText()).isEqualTo("RETRY");
        assertThat(waiting.get(0).get("lastError").asText()).contains("127.0.0.1:" + PORT);
        assertThat(waiting.get(0).get("summary").asText()).matches("In attesa di invio \\(tentativo \\d+, prossimo alle \\d\\d:\\d\\d\\)");

        startServer();
        while (worker.runOnce(now) > 0) {
            now = now.plusSeconds(1);
        }
        assertThat(worker.runOnce(now.plus(Duration.ofHours(1)))).isZero();

        Map<String, Long> perMessageId = Arrays.stream(server.getReceivedMessages())
                .collect(Collectors.groupingBy(SmtpDeliveryTest::messageId, Collectors.counting()));
        assertThat(perMessageId).hasSize(40).allSatisfy((messageId, count) -> assertThat(count).isEqualTo(1));
        assertThat(recipients(server.getReceivedMessages())).filteredOn(SentInstances.RUP_EMAIL::equals).hasSize(20);
        int logged = jdbc.sql("select count(*) from mail_attempt").query(Integer.class).single();
        int counted = jdbc.sql("select sum(attempts) from mail_job").query(Integer.class).single();
        assertThat(logged).isEqualTo(counted).isGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from mail_attempt where outcome = 'SENT'").query(Integer.class).single())
                .isEqualTo(40);
    }

    @Test
    void sendsNoSecondCopyAfterAFailureBetweenSendingAndMarking() throws Exception {
        startServer();
        String id = instances.send();
        crash.armed.set(true);
        Instant now = Instant.now();

        assertThat(worker.runOnce(now)).isEqualTo(1);
        assertThat(server.getReceivedMessages()).hasSize(2);

        worker.runOnce(now.plus(settings.lease()).plusSeconds(1));
        worker.runOnce(now.plus(Duration.ofHours(1)));

        assertThat(server.getReceivedMessages()).hasSize(2);
        JsonNode deliveries = instances.exchange(SentInstances.OWNER, HttpMethod.GET,
                "/api/instances/" + id + "/deliveries", null, HttpStatus.OK);
        assertThat(deliveries).extracting(delivery -> delivery.get("status").asText())
                .containsExactlyInAnyOrder("SENT", "UNCONFIRMED");
        JsonNode unconfirmed = Arrays.stream(new JsonNode[] {deliveries.get(0), deliveries.get(1)})
                .filter(delivery -> delivery.get("status").asText().equals("UNCONFIRMED")).findFirst().orElseThrow();
        assertThat(unconfirmed.get("flagged").asBoolean()).isTrue();
        assertThat(unconfirmed.get("summary").asText()).contains("esito dell'invio sconosciuto");
    }

    private byte[] storedReceipt(String id) {
        return jdbc.sql("select content from instance_document where instance_id = :id and kind = 'RECEIPT'")
                .param("id", UUID.fromString(id)).query((rs, row) -> rs.getBytes(1)).single();
    }

    private static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : messages) {
            recipients.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        return recipients;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Part attachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("No attachment in " + message.getSubject());
    }

    /** A TCP port nothing listens on now, for a test's SMTP server. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
