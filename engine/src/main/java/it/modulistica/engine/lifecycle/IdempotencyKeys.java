package it.modulistica.engine.lifecycle;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcomes of actions sent with an Idempotency-Key, per caller, in {@code idempotency_key}: a
 * repeated request gets the first outcome instead of acting again.
 */
final class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome first recorded under the caller's key, marked as repeated. */
    Optional<ActionOutcome> find(String caller, String key) {
        return jdbc.sql("""
                        select instance_id, action, state, version from idempotency_key
                        where caller = :caller and request_key = :key""")
                .param("caller", caller)
                .param("key", key)
                .query((row, rowNumber) -> new ActionOutcome(row.getObject("instance_id", UUID.class),
                        row.getString("action"), row.getString("state"), row.getLong("version"), true))
                .optional();
    }

    void remember(String caller, String key, ActionOutcome outcome, Instant at) {
        jdbc.sql("""
                        insert into idempotency_key (caller, request_key, instance_id, action, state, version, created_at)
                        values (:caller, :key, :instanceId, :action, :state, :version, :createdAt)""")
                .param("caller", caller)
                .param("key", key)
                .param("instanceId", outcome.instanceId())
                .param("action", outcome.action())
                .param("state", outcome.state())
                .param("version", outcome.version())
                .param("createdAt", at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .update();
    }
}
