package it.modulistica.app.pages.wizard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Remembers the wizard step each user last showed of a draft, so that "Riprendi" reopens it there. */
@Component
class WizardPositions {

    private final JdbcClient jdbc;
    private final Clock clock;

    WizardPositions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records {@code step} (1-based) as where {@code username} is in the draft. */
    @Transactional
    void remember(UUID instanceId, String username, int step) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = jdbc.sql("update wizard_position set step = :step, updated_at = :now "
                        + "where instance_id = :id and username = :username")
                .param("step", step).param("now", now).param("id", instanceId).param("username", username)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into wizard_position (instance_id, username, step, updated_at) "
                            + "values (:id, :username, :step, :now)")
                    .param("id", instanceId).param("username", username).param("step", step).param("now", now)
                    .update();
        }
    }

    /** The step (1-based) {@code username} last showed of the draft, if any. */
    Optional<Integer> lastStep(UUID instanceId, String username) {
        return jdbc.sql("select step from wizard_position where instance_id = :id and username = :username")
                .param("id", instanceId).param("username", username)
                .query(Integer.class).optional();
    }
}
