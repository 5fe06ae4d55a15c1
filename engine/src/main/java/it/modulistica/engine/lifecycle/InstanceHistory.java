package it.modulistica.engine.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The history of instances in {@code instance_history}: rows are only ever appended, in the
 * transaction of the change they record, and read back in the order they were written.
 */
final class InstanceHistory {

    private final JdbcClient jdbc;

    InstanceHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a row and returns its id. */
    long append(UUID instanceId, HistoryEntry entry) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into instance_history (instance_id, action, from_state, to_state, actor, occurred_at, note)
                        values (:instanceId, :action, :fromState, :toState, :actor, :at, :note)""")
                .param("instanceId", instanceId)
                .param("action", entry.action())
                .param("fromState", entry.fromState())
                .param("toState", entry.toState())
                .param("actor", entry.actor())
                .param("at", entry.at().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("note", entry.note())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<HistoryEntry> of(UUID instanceId) {
        return jdbc.sql("""
                        select action, from_state, to_state, actor, occurred_at, note from instance_history
                        where instance_id = :instanceId order by id""")
                .param("instanceId", instanceId)
                .query(InstanceHistory::entry)
                .list();
    }

    private static HistoryEntry entry(ResultSet row, int rowNumber) throws SQLException {
        Instant at = row.getObject("occurred_at", OffsetDateTime.class).toInstant();
        return new HistoryEntry(row.getString("action"), row.getString("from_state"), row.getString("to_state"),
                row.getString("actor"), at, row.getString("note"));
    }
}
