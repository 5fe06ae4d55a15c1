package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.engine.lifecycle.ReceiptOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A receipt e-mail waits for the receipt workers instead of printing the receipt a second time on
 * the cores the requests need (issue 13), and past the wait prints it itself, so it never goes
 * without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"modulistica.receipts.worker-enabled=false", "modulistica.mail.receipt-wait=2m"})
class ReceiptWaitTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailWorker worker;

    @Autowired
    ReceiptOutbox receipts;

    private long receiptMails(UUID instance, String status) {
        return jdbc.sql("select count(*) from mail_job where instance_id = :i and kind = 'RECEIPT' and status = :s")
                .param("i", instance).param("s", status).query(Long.class).single();
    }

    private long attempts(UUID instance) {
        return jdbc.sql("select count(*) from mail_attempt a join mail_job j on j.id = a.job_id where j.instance_id = :i")
                .param("i", instance).query(Long.class).single();
    }

    @Test
    void waitsUntilAWorkerHasPrintedTheReceiptThenSendsIt() {
        UUID id = UUID.fromString(new SentInstances(http, mapper, jdbc).send());
        Instant now = Instant.now();

        worker.runOnce(now);

        assertThat(receipts.awaitingPrint(id)).isTrue();
        assertThat(receiptMails(id, MailJobs.SENT)).isZero();
        assertThat(receiptMails(id, MailJobs.PENDING)).as("given back, untried").isPositive();
        assertThat(attempts(id)).isZero();
        assertThat(jdbc.sql("select count(*) from instance_document where instance_id = :i").param("i", id)
                .query(Long.class).single()).as("the e-mail printed nothing").isZero();

        receipts.printPending(10);
        worker.runOnce(now.plusSeconds(3));

        assertThat(receipts.awaitingPrint(id)).isFalse();
        assertThat(receiptMails(id, MailJobs.PENDING)).isZero();
        assertThat(receiptMails(id, MailJobs.SENT)).isPositive();
    }

    @Test
    void pastTheWaitTheEMailPrintsTheReceiptItself() {
        UUID id = UUID.fromString(new SentInstances(http, mapper, jdbc).send());
        Instant now = Instant.now();
        worker.runOnce(now);
        assertThat(receiptMails(id, MailJobs.SENT)).isZero();

        worker.runOnce(now.plus(Duration.ofMinutes(3)));

        assertThat(receiptMails(id, MailJobs.SENT)).isPositive();
        assertThat(receiptMails(id, MailJobs.PENDING)).isZero();
        assertThat(jdbc.sql("select count(*) from instance_document where instance_id = :i and kind = 'RECEIPT'")
                .param("i", id).query(Long.class).single()).isEqualTo(1);
    }
}
