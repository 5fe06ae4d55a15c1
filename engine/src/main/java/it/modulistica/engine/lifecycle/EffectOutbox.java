package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.instance.JsonColumns;
import it.modulistica.workflow.Effect;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox of effects that talk to the outside (PDF, e-mails): a {@code PENDING} row in
 * {@code instance_effect}, written in the transaction of the change that causes it, so an effect is
 * delivered exactly when the change is committed and never lost.
 */
final class EffectOutbox {

    static final String PENDING = "PENDING";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    EffectOutbox(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(UUID instanceId, Effect effect, ObjectNode payload, Instant at) {
        if (!effect.afterCommit()) {
            throw new IllegalArgumentException(effect.jsonName() + " runs inside the transaction, not through the outbox");
        }
        jdbc.sql("""
                        insert into instance_effect (id, instance_id, effect, status, created_at, payload)
                        values (:id, :instanceId, :effect, :status, :createdAt, :payload)""")
                .param("id", UUID.randomUUID())
                .param("instanceId", instanceId)
                .param("effect", effect.jsonName())
                .param("status", PENDING)
                .param("createdAt", at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("payload", json.parameter(DefinitionJson.canonical(payload)))
                .update();
    }
}
