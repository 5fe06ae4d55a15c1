package it.modulistica.app.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivery through the SMTP server of {@code spring.mail.*}. The Message-ID is the job's own, so
 * every attempt of one job carries the same one. What the server did with a hand-over whose outcome
 * was lost cannot be asked: {@link #knows} answers {@code UNKNOWN}.
 */
final class SmtpTransport implements MailTransport {

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
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
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
