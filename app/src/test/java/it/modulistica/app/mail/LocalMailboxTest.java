package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.security.UserAccount;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.Identity;
import it.modulistica.engine.lifecycle.Memberships;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** With no SMTP server configured, e-mails go to the local mailbox shown to administrators. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalMailboxTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailWorker worker;

    @Autowired
    MailTransport transport;

    @Autowired
    InstanceLifecycle lifecycle;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MailboxPages mailbox;

    @Autowired
    UserDirectory users;

    private SentInstances instances;

    @BeforeEach
    void setUp() {
        instances = new SentInstances(http, mapper, jdbc);
    }

    private Authentication signedIn(String username) {
        UserAccount account = users.loadUserByUsername(username);
        return new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities());
    }

    private int mailsTo(String recipient) {
        return jdbc.sql("select count(*) from local_mail where recipient = :r").param("r", recipient)
                .query(Integer.class).single();
    }

    @Test
    void storesTheReceiptAndItsPdfForTheAdministrators() {
        assertThat(transport).isInstanceOf(LocalMailbox.class);
        String id = instances.send();
        worker.runOnce(Instant.now());

        JsonNode mails = instances.exchange("admin", HttpMethod.GET, "/api/admin/mail", null, HttpStatus.OK);
        JsonNode rup = null;
        for (JsonNode mail : mails) {
            if (mail.get("recipient").asText().equals(SentInstances.RUP_EMAIL) && mail.get("subject").asText().contains(
                    instances.exchange(SentInstances.OWNER, HttpMethod.GET, "/api/instances/" + id, null, HttpStatus.OK)
                            .get("number").asText())) {
                rup = mail;
            }
        }
        assertThat(rup).isNotNull();
        assertThat(rup.at("/attachments/0/fileName").asText()).endsWith(".pdf");
        ResponseEntity<byte[]> pdf = http.withBasicAuth("admin", "demo").getForEntity("/api/admin/mail/" + rup.get("id").asText()
                + "/attachments/" + rup.at("/attachments/0/id").asText(), byte[].class);
        assertThat(pdf.getBody()).startsWith("%PDF".getBytes());

        ExtendedModelMap list = new ExtendedModelMap();
        assertThat(mailbox.list(signedIn("admin"), list)).isEqualTo("pages/admin/mailbox");
        assertThat(list.get("mails").toString()).contains(SentInstances.RUP_EMAIL).contains("Ricevuta di invio").contains(".pdf");
        // The receipt states when the officials will be registered, as dates.
        ExtendedModelMap message = new ExtendedModelMap();
        mailbox.message(UUID.fromString(rup.get("id").asText()), signedIn("admin"), message);
        assertThat(message.get("text").toString())
                .containsPattern("Registrazione utenti già in possesso di credenziale: dal \\d{2}/\\d{2}/\\d{4} \\(2° giorno")
                .contains("6° giorno lavorativo dall");
        assertThatThrownBy(() -> mailbox.list(signedIn(SentInstances.OWNER), new ExtendedModelMap()))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(instances.call(SentInstances.OWNER, HttpMethod.GET, "/api/admin/mail", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void operatorsResendTheReceiptWithANewMessage() {
        String id = instances.send();
        worker.runOnce(Instant.now());
        int before = mailsTo(SentInstances.RUP_EMAIL);

        assertThat(instances.call(SentInstances.OWNER, HttpMethod.POST, "/api/instances/" + id + "/deliveries/receipt",
                null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(instances.call("mario.rossi", HttpMethod.GET, "/api/instances/" + id + "/deliveries", null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode queued = instances.exchange("operatore", HttpMethod.POST, "/api/instances/" + id + "/deliveries/receipt",
                null, HttpStatus.ACCEPTED);
        assertThat(queued.get("queued").asInt()).isEqualTo(2);
        worker.runOnce(Instant.now());

        assertThat(mailsTo(SentInstances.RUP_EMAIL)).isEqualTo(before + 1);
        JsonNode deliveries = instances.exchange("operatore", HttpMethod.GET, "/api/instances/" + id + "/deliveries",
                null, HttpStatus.OK);
        assertThat(deliveries).hasSize(4).allSatisfy(delivery -> assertThat(delivery.get("status").asText()).isEqualTo("SENT"));
    }

    @Test
    void aRolledBackTransitionSendsNothing() {
        String id = instances.send();
        worker.runOnce(Instant.now());
        instances.exchange("operatore", HttpMethod.POST, "/api/instances/" + id + "/actions/prendi-in-carico", null,
                HttpStatus.OK);
        int before = mailsTo(SentInstances.OWNER_EMAIL);
        Caller operator = new Caller("operatore", (category, code) -> true, Memberships.NONE, Identity.UNKNOWN);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            lifecycle.act(UUID.fromString(id), "richiedi-integrazione", operator, "Manca il documento", null);
            status.setRollbackOnly();
        });
        worker.runOnce(Instant.now());
        assertThat(mailsTo(SentInstances.OWNER_EMAIL)).isEqualTo(before);

        lifecycle.act(UUID.fromString(id), "richiedi-integrazione", operator, "Manca il documento", null);
        worker.runOnce(Instant.now());
        assertThat(mailsTo(SentInstances.OWNER_EMAIL)).isEqualTo(before + 1);
        String notice = jdbc.sql("select text_body from local_mail where recipient = :r order by received_at desc fetch first 1 rows only")
                .param("r", SentInstances.OWNER_EMAIL).query(String.class).single();
        assertThat(notice).contains("IN ATTESA DI INTEGRAZIONE").contains("Manca il documento");
    }
}
