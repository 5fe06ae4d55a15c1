package it.modulistica.app.mail;

import it.modulistica.engine.lifecycle.StoredDocument;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the receipt PDF stored with an instance when it was sent, to attach it as it is. */
final class ReceiptDocuments {

    private final JdbcClient jdbc;

    ReceiptDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredDocument> receipt(UUID instanceId) {
        return jdbc.sql("""
                        select kind, media_type, file_name, content, sha256, created_at from instance_document
                        where instance_id = :instance and kind = 'RECEIPT'""")
                .param("instance", instanceId)
                .query((rs, row) -> new StoredDocument(rs.getString("kind"), rs.getString("media_type"),
                        rs.getString("file_name"), rs.getBytes("content"), rs.getString("sha256"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
