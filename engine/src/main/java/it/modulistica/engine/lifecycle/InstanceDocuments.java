package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.DefinitionJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The documents kept with instances, stored once and never changed. */
final class InstanceDocuments {

    static final String RECEIPT = "RECEIPT";

    private final JdbcClient jdbc;
    private final boolean postgres;

    InstanceDocuments(JdbcClient jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.postgres = dialect instanceof PostgresDialect;
    }

    /**
     * Stores the document unless one of that kind and name is already there: the first writer wins
     * and the others change nothing (a document is a function of the instance, so every writer has
     * the same bytes). Never fails for a duplicate, and never aborts the surrounding transaction.
     *
     * @return whether this call stored it
     */
    boolean storeOnce(UUID instanceId, String kind, String mediaType, String fileName, byte[] content, Instant at) {
        String insert = """
                insert into instance_document (id, instance_id, kind, media_type, file_name, content, sha256, created_at)
                """;
        var statement = jdbc.sql(postgres
                        ? insert + """
                                values (:id, :instance, :kind, :mediaType, :fileName, :content, :sha256, :createdAt)
                                on conflict do nothing"""
                        : insert + """
                                select :id, :instance, :kind, :mediaType, :fileName, :content, :sha256, :createdAt
                                where not exists (select 1 from instance_document
                                    where instance_id = :instance and kind = :kind and file_name = :fileName)""")
                .param("id", UUID.randomUUID())
                .param("instance", instanceId)
                .param("kind", kind)
                .param("mediaType", mediaType)
                .param("fileName", fileName)
                .param("content", content)
                .param("sha256", sha256(content))
                .param("createdAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        try {
            return statement.update() > 0;
        } catch (DuplicateKeyException lostTheRace) {
            // H2 only (PostgreSQL skips the conflict): another writer stored it between check and insert.
            return false;
        }
    }

    boolean exists(UUID instanceId, String kind) {
        return jdbc.sql("select count(*) from instance_document where instance_id = :instance and kind = :kind")
                .param("instance", instanceId).param("kind", kind).query(Long.class).single() > 0;
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
