package it.modulistica.app.mail;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivery through the SMTP server of {@code spring.mail.*}. The Message-ID is the job's own, so
 * every attempt of one job carries the same one. What the server did with a hand-over whose outcome
 * was lost cannot be asked: {@link #knows} answers {@code UNKNOWN}.
 */
final class SmtpTransport implements MailTransport {

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

    private final JavaMailSender sender;
    private final String host;

    SmtpTransport(JavaMailSender sender, String host) {
        this.sender = sender;
        this.host = host;
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = compose(mail);
        } catch (MessagingException e) {
            throw new DeliveryFailed("Messaggio non componibile: " + e.getMessage(), e);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new DeliveryFailed("Server SMTP " + host + ": " + e.getMostSpecificCause().getMessage(), e);
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
