package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.instance.JsonColumns;
import it.modulistica.workflow.Effect;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * The outbox of effects that talk to the outside (PDF, e-mails): a {@code PENDING} row in
 * {@code instance_effect}, written in the transaction of the change that causes it, so an effect is
 * delivered exactly when the change is committed and never lost.
 */
final class EffectOutbox {

    static final String PENDING = "PENDING";

    private final NamedParameterJdbcOperations operations;
    private final JsonColumns json;

    EffectOutbox(NamedParameterJdbcOperations operations, JsonColumns json) {
        this.operations = operations;
        this.json = json;
    }

    /** One row per effect, in their order, with the same payload; one round trip for all of them. */
    void add(UUID instanceId, List<Effect> effects, ObjectNode payload, Instant at) {
        for (Effect effect : effects) {
            if (!effect.afterCommit()) {
                throw new IllegalArgumentException(effect.jsonName() + " runs inside the transaction, not through the outbox");
            }
        }
        if (effects.isEmpty()) {
            return;
        }
        Object stored = json.parameter(DefinitionJson.canonical(payload));
        MapSqlParameterSource[] rows = effects.stream().map(effect -> new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID())
                .addValue("instanceId", instanceId)
                .addValue("effect", effect.jsonName())
                .addValue("status", PENDING)
                .addValue("createdAt", at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .addValue("payload", stored)).toArray(MapSqlParameterSource[]::new);
        operations.batchUpdate("""
                insert into instance_effect (id, instance_id, effect, status, created_at, payload)
                values (:id, :instanceId, :effect, :status, :createdAt, :payload)""", rows);
    }
}
