package it.modulistica.engine.attachment;

import it.modulistica.engine.definition.DefinitionJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The files of instances in {@code instance_file}, bytes in the database under server-generated
 * ids: a file's name is data, never a path. Listing reads no bytes.
 */
public final class FileStore {

    private static final String COLUMNS = """
            id, instance_id, kind, field_path, history_id, action, file_name, media_type, size_bytes, sha256,
            uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;

    public FileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a checked file and returns its record, with a new id and the SHA-256 of the bytes. */
    public StoredFile insert(UUID instanceId, FileKind kind, String fieldPath, Long historyId, String action,
            String name, String mediaType, byte[] content, String uploadedBy, Instant at) {
        StoredFile file = new StoredFile(UUID.randomUUID(), instanceId, kind, fieldPath, historyId, action, name,
                mediaType, content.length, DefinitionJson.sha256(content), uploadedBy, at.truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("insert into instance_file (" + COLUMNS + ", content) values (:id, :instance, :kind, :field, :history,"
                        + " :action, :name, :mediaType, :size, :sha256, :by, :at, :content)")
                .param("id", file.id())
                .param("instance", instanceId)
                .param("kind", kind.name())
                .param("field", fieldPath)
                .param("history", historyId)
                .param("action", action)
                .param("name", name)
                .param("mediaType", mediaType)
                .param("size", file.size())
                .param("sha256", file.sha256())
                .param("by", uploadedBy)
                .param("at", file.uploadedAt().atOffset(ZoneOffset.UTC))
                .param("content", content)
                .update();
        return file;
    }

    /** The files of an instance, oldest first. */
    public List<StoredFile> list(UUID instanceId) {
        return jdbc.sql("select " + COLUMNS + " from instance_file where instance_id = :instance order by uploaded_at, id")
                .param("instance", instanceId)
                .query(FileStore::file)
                .list();
    }

    public Optional<StoredFile> find(UUID instanceId, UUID fileId) {
        return jdbc.sql("select " + COLUMNS + " from instance_file where instance_id = :instance and id = :id")
                .param("instance", instanceId)
                .param("id", fileId)
                .query(FileStore::file)
                .optional();
    }

    public Optional<byte[]> content(UUID instanceId, UUID fileId) {
        return jdbc.sql("select content from instance_file where instance_id = :instance and id = :id")
                .param("instance", instanceId)
                .param("id", fileId)
                .query((rs, row) -> rs.getBytes("content"))
                .optional();
    }

    public void delete(UUID fileId) {
        jdbc.sql("delete from instance_file where id = :id").param("id", fileId).update();
    }

    /** Deletes every file of an instance; returns how many. */
    public int deleteAll(UUID instanceId) {
        return jdbc.sql("delete from instance_file where instance_id = :instance").param("instance", instanceId).update();
    }

    /** The instances with field files uploaded before {@code cutoff}: where orphans may be. */
    public List<UUID> instancesWithFieldFilesBefore(Instant cutoff) {
        return jdbc.sql("select distinct instance_id from instance_file where kind = :kind and uploaded_at < :cutoff")
                .param("kind", FileKind.FIELD.name())
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> rs.getObject(1, UUID.class))
                .list();
    }

    private static StoredFile file(ResultSet rs, int row) throws SQLException {
        long historyId = rs.getLong("history_id");
        Long history = rs.wasNull() ? null : historyId;
        return new StoredFile(rs.getObject("id", UUID.class), rs.getObject("instance_id", UUID.class),
                FileKind.valueOf(rs.getString("kind")), rs.getString("field_path"), history,
                rs.getString("action"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
