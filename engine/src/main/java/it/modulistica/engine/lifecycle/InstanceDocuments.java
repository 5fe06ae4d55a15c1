package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.DefinitionJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The documents kept with instances, stored once and never changed. */
final class InstanceDocuments {

    static final String RECEIPT = "RECEIPT";

    private final JdbcClient jdbc;

    InstanceDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID instanceId, String kind, String mediaType, String fileName, byte[] content, Instant at) {
        jdbc.sql("""
                        insert into instance_document (id, instance_id, kind, media_type, file_name, content, sha256, created_at)
                        values (:id, :instance, :kind, :mediaType, :fileName, :content, :sha256, :createdAt)""")
                .param("id", UUID.randomUUID())
                .param("instance", instanceId)
                .param("kind", kind)
                .param("mediaType", mediaType)
                .param("fileName", fileName)
                .param("content", content)
                .param("sha256", sha256(content))
                .param("createdAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    Optional<StoredDocument> find(UUID instanceId, String kind) {
        return jdbc.sql("""
                        select kind, media_type, file_name, content, sha256, created_at from instance_document
                        where instance_id = :instance and kind = :kind""")
                .param("instance", instanceId)
                .param("kind", kind)
                .query((rs, row) -> new StoredDocument(rs.getString("kind"), rs.getString("media_type"),
                        rs.getString("file_name"), rs.getBytes("content"), rs.getString("sha256"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    static String sha256(byte[] content) {
        return DefinitionJson.sha256(content);
    }
}
