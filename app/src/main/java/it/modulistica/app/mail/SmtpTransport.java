package it.modulistica.app.mail;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivery through the SMTP server of {@code spring.mail.*}. The Message-ID is the job's own, so
 * every attempt of one job carries the same one. What the server did with a hand-over whose outcome
 * was lost cannot be asked: {@link #knows} answers {@code UNKNOWN}.
 *
 * <p>Connections are kept open between e-mails and reused, the most recently used first: opening one
 * (TCP, greeting, EHLO, authentication, and TLS where configured) costs more than handing a message
 * over on it, and a click day's backlog is thousands of e-mails. A connection idle longer than
 * {@code modulistica.mail.connection-reuse}, or that carried {@code messages-per-connection}, is
 * closed instead of reused, so the server's own idle timeout is not met; one that failed is closed.
 * Each worker thread holds at most one connection at a time. The connections' sockets send at once
 * what is written ({@link NoDelaySockets}).
 */
final class SmtpTransport implements MailTransport, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpTransport.class);

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its stream provider up with a ServiceLoader scan of the class path on
        // every encoding call (jakartaee/mail-api#861): in the packaged jar that scan was 60 % of an
        // e-mail's CPU (JFR, issue 13). Naming the provider makes the lookup a class-name load.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        }
    }

    /** One map of file types for every message; Spring's helper would parse the mime.types files per message. */
    private static final FileTypeMap FILE_TYPES = fileTypes();

    private static final Session COMPOSING = Session.getInstance(new Properties());

    private final JavaMailSenderImpl sender;
    private final String host;
    private final long reuseNanos;
    private final int messagesPerConnection;
    /** The open connections no thread is using, the most recently used first. */
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger opened = new AtomicInteger();

    /**
     * @param reuse                 how long an idle connection may wait for its next e-mail; zero
     *                              opens a connection for every e-mail
     * @param messagesPerConnection how many e-mails one connection carries at most
     */
    SmtpTransport(JavaMailSenderImpl sender, String host, Duration reuse, int messagesPerConnection) {
        Properties properties = sender.getJavaMailProperties();
        for (String protocol : List.of("smtp", "smtps")) {
            String factory = "mail." + protocol + ".socketFactory";
            // A socket factory configured in spring.mail.properties stays the one used.
            if (!properties.containsKey(factory) && !properties.containsKey(factory + ".class")) {
                properties.put(factory, new NoDelaySockets());
            }
        }
        // Setting the properties again drops a session made with the earlier ones.
        sender.setJavaMailProperties(properties);
        this.sender = sender;
        this.host = host;
        this.reuseNanos = reuse.toNanos();
        this.messagesPerConnection = Math.max(1, messagesPerConnection);
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = compose(mail);
            message.setSentDate(new Date());
            message.saveChanges();
        } catch (MessagingException e) {
            throw new DeliveryFailed("Messaggio non componibile: " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = take();
        } catch (MessagingException e) {
            throw failed(e);
        }
        try {
            connection.transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            // Whatever state the session was left in, it is not used again.
            close(connection);
            throw failed(e);
        }
        release(connection.used());
    }

    /** Closes the connections idle longer than the reuse allows; the workers call it when they find nothing to send. */
    @Override
    public void closeIdle() {
        long now = System.nanoTime();
        for (Connection connection : idle) {
            if (!connection.reusable(now) && idle.remove(connection)) {
                close(connection);
            }
        }
    }

    /** Closes every idle connection (the application stops). */
    @Override
    public void close() {
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            close(connection);
        }
    }

    /** How many connections were opened so far. */
    int connectionsOpened() {
        return opened.get();
    }

    private Connection take() throws MessagingException {
        long now = System.nanoTime();
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            if (connection.reusable(now)) {
                return connection;
            }
            close(connection);
        }
        Session session = sender.getSession();
        String protocol = sender.getProtocol() != null ? sender.getProtocol()
                : session.getProperty("mail.transport.protocol") != null ? session.getProperty("mail.transport.protocol")
                : JavaMailSenderImpl.DEFAULT_PROTOCOL;
        Transport transport = session.getTransport(protocol);
        String username = sender.getUsername() == null || sender.getUsername().isEmpty() ? null : sender.getUsername();
        String password = username == null || sender.getPassword() == null || sender.getPassword().isEmpty()
                ? null : sender.getPassword();
        transport.connect(sender.getHost(), sender.getPort(), username, password);
        opened.incrementAndGet();
        return new Connection(transport, now, 0);
    }

    private void release(Connection connection) {
        if (reuseNanos > 0 && connection.messages < messagesPerConnection) {
            idle.offerFirst(connection);
        } else {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("SMTP connection closed with an error", e);
        }
    }

    private DeliveryFailed failed(Exception e) {
        return new DeliveryFailed("Server SMTP " + host + ": " + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
    }

    /** An open connection, when it was last used and how many e-mails it carried. */
    private final class Connection {

        final Transport transport;
        final long lastUsed;
        final int messages;

        Connection(Transport transport, long lastUsed, int messages) {
            this.transport = transport;
            this.lastUsed = lastUsed;
            this.messages = messages;
        }

        Connection used() {
            return new Connection(transport, System.nanoTime(), messages + 1);
        }

        boolean reusable(long now) {
            return now - lastUsed < reuseNanos && messages < messagesPerConnection;
        }
    }

    private static MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMessage(COMPOSING, mail.messageId());
        MimeMessageHelper helper = new SharedTypesMessage(message);
        helper.setFrom(mail.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
        }
        return message;
    }

    @Override
    public Knowledge knows(String messageId) {
        return Knowledge.UNKNOWN;
    }

    @Override
    public String name() {
        return "SMTP " + host;
    }

    private static FileTypeMap fileTypes() {
        ConfigurableMimeFileTypeMap map = new ConfigurableMimeFileTypeMap();
        map.afterPropertiesSet();
        return map;
    }

    /** A message composed by Spring's helper with the shared map of file types. */
    private static final class SharedTypesMessage extends MimeMessageHelper {

        SharedTypesMessage(MimeMessage message) throws MessagingException {
            super(message, true, StandardCharsets.UTF_8.name());
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return FILE_TYPES;
        }
    }

    /** Keeps the Message-ID it was given instead of making a new one when saved. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
