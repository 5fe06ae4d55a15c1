package it.modulistica.app.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mailbox kept in the database when no SMTP server is configured: every mail is stored once by
 * its Message-ID, with its attachments, and shown to the administrators at {@code /admin/mail}.
 */
final class LocalMailbox implements MailTransport {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LocalMailbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A stored mail, without its attachments' content. */
    record StoredMail(UUID id, String messageId, String recipient, String subject, String html, String text,
            Instant receivedAt, List<StoredAttachment> attachments) {
    }

    record StoredAttachment(UUID id, String fileName, String mediaType, int size) {
    }

    @Override
    public void send(OutgoingMail mail) {
        transactions.executeWithoutResult(status -> {
            if (knows(mail.messageId()) == Knowledge.DELIVERED) {
                return;
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into local_mail (id, message_id, recipient, subject, html, text_body, received_at)
                            values (:id, :messageId, :recipient, :subject, :html, :text, :at)""")
                    .param("id", id).param("messageId", mail.messageId()).param("recipient", mail.recipient())
                    .param("subject", mail.subject()).param("html", mail.html()).param("text", mail.text())
                    .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            for (OutgoingMail.Attachment attachment : mail.attachments()) {
                jdbc.sql("""
                                insert into local_mail_attachment (id, mail_id, file_name, media_type, content)
                                values (:id, :mail, :fileName, :mediaType, :content)""")
                        .param("id", UUID.randomUUID()).param("mail", id).param("fileName", attachment.fileName())
                        .param("mediaType", attachment.mediaType()).param("content", attachment.content())
                        .update();
            }
        });
    }

    @Override
    public Knowledge knows(String messageId) {
        boolean stored = jdbc.sql("select count(*) from local_mail where message_id = :messageId")
                .param("messageId", messageId).query(Integer.class).single() > 0;
        return stored ? Knowledge.DELIVERED : Knowledge.NOT_DELIVERED;
    }

    @Override
    public String name() {
        return "casella locale nel database";
    }

    /** The newest mails first. */
    List<StoredMail> latest(int limit) {
        return jdbc.sql("""
                        select id, message_id, recipient, subject, html, text_body, received_at from local_mail
                        order by received_at desc, id fetch first :limit rows only""")
                .param("limit", limit)
                .query((rs, row) -> new StoredMail(rs.getObject("id", UUID.class), rs.getString("message_id"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("html"),
                        rs.getString("text_body"), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        attachments(rs.getObject("id", UUID.class))))
                .list();
    }

    Optional<StoredMail> find(UUID id) {
        return jdbc.sql("""
                        select id, message_id, recipient, subject, html, text_body, received_at from local_mail
                        where id = :id""")
                .param("id", id)
                .query((rs, row) -> new StoredMail(id, rs.getString("message_id"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("html"), rs.getString("text_body"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(), attachments(id)))
                .optional();
    }

    Optional<OutgoingMail.Attachment> attachment(UUID mailId, UUID attachmentId) {
        return jdbc.sql("""
                        select file_name, media_type, content from local_mail_attachment
                        where id = :id and mail_id = :mail""")
                .param("id", attachmentId).param("mail", mailId)
                .query((rs, row) -> new OutgoingMail.Attachment(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content")))
                .optional();
    }

    private List<StoredAttachment> attachments(UUID mailId) {
        return jdbc.sql("""
                        select id, file_name, media_type, length(content) as size from local_mail_attachment
                        where mail_id = :mail order by file_name""")
                .param("mail", mailId)
                .query((rs, row) -> new StoredAttachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getInt("size")))
                .list();
    }
}
