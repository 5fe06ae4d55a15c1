package it.modulistica.engine.instance;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.VersionLedger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger of published definition versions, kept in the {@code form_version} table.
 *
 * <p>A new code and version is stored; the same content again is accepted; other content under a
 * stored version replaces it only while no instance uses that version, and is refused otherwise,
 * with the stored content and the reason.
 */
public final class JdbcVersionLedger implements VersionLedger {

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final Clock clock;

    public JdbcVersionLedger(NamedParameterJdbcOperations operations, Dialect dialect, Clock clock) {
        this.jdbc = JdbcClient.create(operations);
        this.json = JsonColumns.of(dialect);
        this.clock = clock;
    }

    /** A stored version: its id, the pinned identity and the canonical content. */
    public record StoredVersion(UUID id, PinnedDefinition definition, String content) {
    }

    @Override
    public Decision record(FormDefinition definition) {
        Optional<StoredVersion> stored = find(definition.code(), definition.version());
        if (stored.isEmpty()) {
            try {
                insert(definition);
                return Decision.accept();
            } catch (DuplicateKeyException concurrentlyPublished) {
                return decide(definition, find(definition.code(), definition.version()).orElseThrow(
                        () -> new IllegalStateException("Version " + definition + " was refused as a duplicate "
                                + "but is not stored", concurrentlyPublished)));
            }
        }
        return decide(definition, stored.get());
    }

    private Decision decide(FormDefinition definition, StoredVersion stored) {
        if (stored.definition().sha256().equals(definition.sha256())) {
            return Decision.accept();
        }
        if (replaceUnused(stored, definition)) {
            return Decision.accept();
        }
        return Decision.refuse(stored.content(), "La versione " + definition.version() + " del modulo "
                + definition.code() + " è già usata da istanze: il contenuto non può cambiare senza aumentare "
                + "la versione");
    }

    // One statement, so an instance created between a check and the update cannot be missed.
    private boolean replaceUnused(StoredVersion stored, FormDefinition definition) {
        return jdbc.sql("""
                update form_version set content = :content, sha256 = :sha256, published_at = :publishedAt
                where id = :id and sha256 = :storedSha256
                  and not exists (select 1 from instance where form_version_id = :id)""")
                .param("content", json.parameter(definition.content()))
                .param("sha256", definition.sha256())
                .param("publishedAt", now())
                .param("id", stored.id())
                .param("storedSha256", stored.definition().sha256())
                .update() == 1;
    }

    private void insert(FormDefinition definition) {
        jdbc.sql("""
                insert into form_version (id, code, version, sha256, content, published_at)
                values (:id, :code, :version, :sha256, :content, :publishedAt)""")
                .param("id", UUID.randomUUID())
                .param("code", definition.code())
                .param("version", definition.version())
                .param("sha256", definition.sha256())
                .param("content", json.parameter(definition.content()))
                .param("publishedAt", now())
                .update();
    }

    @Override
    public Optional<String> lastPublished(String code) {
        return jdbc.sql("select content from form_version where code = :code order by published_at desc, version desc")
                .param("code", code)
                .query(String.class)
                .stream().findFirst();
    }

    /** The id under which a version is stored, which new instances of it refer to. */
    /** The id and SHA-256 of the stored content of a version. */
    public record Identity(UUID id, String sha256) {
    }

    /** The id and SHA-256 under which {@code code} at {@code version} is stored, if it is. */
    public Optional<Identity> identity(String code, String version) {
        return jdbc.sql("select id, sha256 from form_version where code = :code and version = :version")
                .param("code", code)
                .param("version", version)
                .query((rs, row) -> new Identity(rs.getObject("id", UUID.class), rs.getString("sha256")))
                .optional();
    }

    public Optional<UUID> findId(String code, String version) {
        return jdbc.sql("select id from form_version where code = :code and version = :version")
                .param("code", code)
                .param("version", version)
                .query(UUID.class)
                .optional();
    }

    /** The stored version with {@code id}. */
    public Optional<StoredVersion> find(UUID id) {
        return jdbc.sql("select id, code, version, sha256, content from form_version where id = :id")
                .param("id", id)
                .query(JdbcVersionLedger::storedVersion)
                .optional();
    }

    private Optional<StoredVersion> find(String code, String version) {
        return jdbc.sql("select id, code, version, sha256, content from form_version "
                        + "where code = :code and version = :version")
                .param("code", code)
                .param("version", version)
                .query(JdbcVersionLedger::storedVersion)
                .optional();
    }

    private static StoredVersion storedVersion(ResultSet row, int rowNumber) throws SQLException {
        return new StoredVersion(row.getObject("id", UUID.class),
                new PinnedDefinition(row.getString("code"), row.getString("version"), row.getString("sha256")),
                row.getString("content"));
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
