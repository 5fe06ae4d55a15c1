package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP transport keeps its connections open between e-mails, within its limits, and drops a broken one. */
class SmtpConnectionReuseTest {

    private final int port = SmtpDeliveryTest.freePort();
    private GreenMail server;
    private SmtpTransport transport;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
        server.stop();
    }

    @Test
    void oneConnectionCarriesConsecutiveEmails() throws Exception {
        transport = transport(Duration.ofSeconds(10), 100);

        for (int n = 0; n < 5; n++) {
            transport.send(mail(n));
        }

        assertThat(transport.connectionsOpened()).isEqualTo(1);
        assertThat(messageIds()).containsExactly(id(0), id(1), id(2), id(3), id(4));
    }

    @Test
    void noReuseOpensAConnectionPerEmail() throws Exception {
        transport = transport(Duration.ZERO, 100);

        for (int n = 0; n < 3; n++) {
            transport.send(mail(n));
        }

        assertThat(transport.connectionsOpened()).isEqualTo(3);
        assertThat(messageIds()).hasSize(3);
    }

    @Test
    void aConnectionCarriesAtMostItsLimit() throws Exception {
        transport = transport(Duration.ofSeconds(10), 2);

        for (int n = 0; n < 5; n++) {
            transport.send(mail(n));
        }

        assertThat(transport.connectionsOpened()).isEqualTo(3);
        assertThat(messageIds()).hasSize(5);
    }

    @Test
    void aConnectionIdleTooLongIsClosedAndReplaced() throws Exception {
        transport = transport(Duration.ofMillis(200), 100);
        transport.send(mail(0));

        Thread.sleep(300);
        transport.closeIdle();
        transport.send(mail(1));

        assertThat(transport.connectionsOpened()).isEqualTo(2);
        assertThat(messageIds()).containsExactly(id(0), id(1));
    }

    @Test
    void aBrokenConnectionFailsItsEmailOnceAndIsNotReused() throws Exception {
        transport = transport(Duration.ofSeconds(10), 100);
        transport.send(mail(0));

        // The server restarts: the open connection is dead, the e-mail on it fails and may be retried.
        server.stop();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        assertThatThrownBy(() -> transport.send(mail(1))).isInstanceOf(MailTransport.DeliveryFailed.class)
                .hasMessageStartingWith("Server SMTP 127.0.0.1:" + port);
        transport.send(mail(1));

        assertThat(transport.connectionsOpened()).isEqualTo(2);
        assertThat(messageIds()).containsExactly(id(1));
    }

    @Test
    void concurrentSendersUseOneConnectionEach() throws Exception {
        transport = transport(Duration.ofSeconds(10), 100);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = IntStream.range(0, 40).mapToObj(n -> senders.submit(() -> transport.send(mail(n))))
                    .<Future<?>>map(future -> future).toList();
            for (Future<?> future : sent) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }

        assertThat(transport.connectionsOpened()).isBetween(1, 4);
        assertThat(messageIds()).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void closingTheTransportClosesItsConnections() throws Exception {
        transport = transport(Duration.ofSeconds(10), 100);
        transport.send(mail(0));

        transport.close();
        transport.send(mail(1));

        assertThat(transport.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void itsConnectionsSendWhatIsWrittenWithoutWaitingForAnAcknowledgement() throws Exception {
        transport = transport(Duration.ofSeconds(10), 100);

        transport.send(mail(0));
        transport.send(mail(1));

        NoDelaySockets sockets = (NoDelaySockets) sender.getSession().getProperties().get("mail.smtp.socketFactory");
        assertThat(sockets.created()).isEqualTo(1);
        assertThat(sockets.createSocket().getTcpNoDelay()).isTrue();
        assertThat(sender.getSession().getProperties().get("mail.smtps.socketFactory")).isInstanceOf(NoDelaySockets.class);
        assertThat(messageIds()).containsExactly(id(0), id(1));
    }

    @Test
    void aSocketFactoryOfTheConfigurationStaysTheOneUsed() throws Exception {
        Properties configured = new Properties();
        configured.put("mail.smtp.socketFactory.class", "javax.net.SocketFactory");
        transport = transport(Duration.ofSeconds(10), 100, configured);

        transport.send(mail(0));

        assertThat(sender.getSession().getProperties().get("mail.smtp.socketFactory")).isNull();
        assertThat(messageIds()).containsExactly(id(0));
    }

    private SmtpTransport transport(Duration reuse, int messagesPerConnection) {
        return transport(reuse, messagesPerConnection, new Properties());
    }

    private SmtpTransport transport(Duration reuse, int messagesPerConnection, Properties configured) {
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.putAll(configured);
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        return new SmtpTransport(sender, "127.0.0.1:" + port, reuse, messagesPerConnection);
    }

    private static OutgoingMail mail(int n) {
        return new OutgoingMail(id(n), "noreply@modulistica.local", "rup@comune.example.it", "Ricevuta " + n,
                "<p>Ricevuta " + n + "</p>", "Ricevuta " + n,
                List.of(new OutgoingMail.Attachment("ricevuta.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'})));
    }

    private static String id(int n) {
        return "<job-" + n + "@modulistica.local>";
    }

    private List<String> messageIds() throws Exception {
        MimeMessage[] received = server.getReceivedMessages();
        return Arrays.stream(received).map(SmtpConnectionReuseTest::messageId).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
