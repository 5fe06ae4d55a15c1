package it.modulistica.engine.instance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the instance row into an {@link Instance}, inserts a new one and writes back what an instance
 * may change, with the optimistic check of its version in the update's {@code where}: the same rows
 * and the same versions (0 at the insert, one more at each update) as Spring Data JDBC's mapping of
 * the entity, at a fraction of its cost per request. An update does not write again the columns an
 * instance never changes (module, definition, owner, organisation, creation time); the declarant's
 * columns are written only by {@link #saveDeclared}, and the protocol's, kept by statements of their
 * own, neither read nor written. What a write changes of the counts of sent instances is handed to
 * {@link InstanceTallies}.
 */
class InstanceRowsSql implements InstanceRows {

    private static final String SELECT = """
            select id, version, form_version_id, form_code, form_version, form_sha256, owner, organisation, state,
                   tab, data, number, frozen_data, frozen_sha256, routing_category, frozen_contacts, created_at,
                   updated_at, sent_at, deleted_at
            from instance where id = :id""";

    private static final String INSERT = """
            insert into instance (id, version, form_version_id, form_code, form_version, form_sha256, owner,
                   organisation, state, tab, data, number, frozen_data, frozen_sha256, routing_category,
                   frozen_contacts, created_at, updated_at, sent_at, deleted_at)
            values (:id, :next, :formVersionId, :formCode, :formVersion, :formSha256, :owner, :organisation, :state,
                   :tab, :data, :number, :frozenData, :frozenSha256, :routingCategory, :frozenContacts, :createdAt,
                   :updatedAt, :sentAt, :deletedAt)""";

    private static final String CHANGED = """
            version = :next, state = :state, tab = :tab, data = :data, number = :number,
                   frozen_data = :frozenData, frozen_sha256 = :frozenSha256, routing_category = :routingCategory,
                   frozen_contacts = :frozenContacts, updated_at = :updatedAt, sent_at = :sentAt,
                   deleted_at = :deletedAt""";

    private static final String UPDATE = "update instance set " + CHANGED + " where id = :id and version = :version";

    private static final String UPDATE_DECLARED = "update instance set " + CHANGED
            + ", declarant_name = :declarantName, declarant_code = :declarantCode where id = :id and version = :version";

    private static final RowMapper<Instance> ROWS = InstanceRowsSql::instance;

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final InstanceTallies tallies;

    InstanceRowsSql(NamedParameterJdbcOperations operations, Dialect dialect) {
        this.jdbc = JdbcClient.create(operations);
        this.json = JsonColumns.of(dialect);
        this.tallies = new InstanceTallies(operations, dialect);
    }

    @Override
    public Optional<Instance> findById(UUID id) {
        return jdbc.sql(SELECT).param("id", id).query(ROWS).optional();
    }

    @Override
    public Instance save(Instance instance) {
        Optional<Long> version = instance.version();
        if (version.isEmpty()) {
            // A new instance starts at version 0, as Spring Data JDBC numbers a new aggregate's versions.
            MapSqlParameterSource parameters = changing(instance, 0)
                    .addValue("formVersionId", instance.formVersionId())
                    .addValue("formCode", instance.definition().code())
                    .addValue("formVersion", instance.definition().version())
                    .addValue("formSha256", instance.definition().sha256())
                    .addValue("owner", instance.owner())
                    .addValue("organisation", text(instance.organisation().orElse(null)))
                    .addValue("createdAt", time(instance.createdAtColumn()));
            jdbc.sql(INSERT).paramSource(parameters).update();
            tallies.changed(null, instance.countedNow());
            instance.stored(0);
            return instance;
        }
        return update(instance, UPDATE, version.get(), Map.of());
    }

    @Override
    public Instance saveDeclared(Instance instance, String declarantName, String declarantCode) {
        long stored = instance.version().orElseThrow(() -> new IllegalArgumentException(
                "Instance " + instance.id() + " has not been stored yet"));
        return update(instance, UPDATE_DECLARED, stored,
                Map.of("declarantName", text(declarantName), "declarantCode", text(declarantCode)));
    }

    private Instance update(Instance instance, String sql, long stored, Map<String, ?> more) {
        MapSqlParameterSource parameters = changing(instance, stored + 1).addValue("version", stored).addValues(more);
        if (jdbc.sql(sql).paramSource(parameters).update() != 1) {
            throw new OptimisticLockingFailureException("Instance " + instance.id() + " at version " + stored
                    + " was changed or removed meanwhile");
        }
        tallies.changed(instance.countedAsStored(), instance.countedNow());
        instance.stored(stored + 1);
        return instance;
    }

    /** The id, the version to store and the columns an instance may change. */
    private MapSqlParameterSource changing(Instance instance, long next) {
        return new MapSqlParameterSource()
                .addValue("id", instance.id())
                .addValue("next", next)
                .addValue("state", instance.state())
                .addValue("tab", text(instance.tab().orElse(null)))
                .addValue("data", json.typed(instance.dataColumn()))
                .addValue("number", text(instance.number().orElse(null)))
                .addValue("frozenData", json.typed(instance.frozenDataColumn()))
                .addValue("frozenSha256", text(instance.frozenSha256().orElse(null)))
                .addValue("routingCategory", text(instance.routingCategory().orElse(null)))
                .addValue("frozenContacts", json.typed(instance.frozenContactsColumn()))
                .addValue("updatedAt", time(instance.updatedAtColumn()))
                .addValue("sentAt", time(instance.sentAtColumn()))
                .addValue("deletedAt", time(instance.deletedAtColumn()));
    }

    private static Instance instance(ResultSet row, int number) throws SQLException {
        return Instance.restore(row.getObject("id", UUID.class), row.getLong("version"),
                row.getObject("form_version_id", UUID.class),
                new PinnedDefinition(row.getString("form_code"), row.getString("form_version"),
                        row.getString("form_sha256")),
                row.getString("owner"), row.getString("organisation"), row.getString("state"), row.getString("tab"),
                object(row, "data"), row.getString("number"), object(row, "frozen_data"),
                row.getString("frozen_sha256"), row.getString("routing_category"), object(row, "frozen_contacts"),
                time(row, "created_at"), time(row, "updated_at"), time(row, "sent_at"), time(row, "deleted_at"));
    }

    private static ObjectNode object(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : JsonColumns.readObject(text);
    }

    private static OffsetDateTime time(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    // Typed values, so that a null is bound without asking the driver for the parameter's type.

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue time(OffsetDateTime value) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, value);
    }
}
