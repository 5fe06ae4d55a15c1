package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.RegistrationPolicy;
import it.modulistica.engine.instance.Instance;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registration outbox: when an action is one the module delivers on
 * ({@code x-module.registration.on}), a {@code PENDING} row in {@code registration_delivery},
 * written in the action's transaction, so the instance is delivered exactly when the action is
 * committed. Its id is the event id the target sees.
 */
final class RegistrationOutbox {

    static final String PENDING = "PENDING";

    private final JdbcClient jdbc;

    RegistrationOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(Instance saved, FormDefinition definition, String action, Instant at) {
        RegistrationPolicy registration = definition.registration().orElse(null);
        if (registration == null || !registration.deliversOn(action)) {
            return;
        }
        jdbc.sql("""
                        insert into registration_delivery (id, instance_id, form_code, target, action, await_protocol,
                            status, attempts, failures, next_attempt_at, created_at)
                        values (:id, :instance, :form, :target, :action, :await, :status, 0, 0, :at, :at)""")
                .param("id", UUID.randomUUID())
                .param("instance", saved.id())
                .param("form", definition.code())
                .param("target", registration.target())
                .param("action", action)
                .param("await", registration.awaitProtocol())
                .param("status", PENDING)
                .param("at", at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .update();
    }
}
