package it.modulistica.app.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code registration_delivery} outbox and its {@code registration_attempt} log. Deliveries are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so the workers of several nodes never
 * take the same one, and a delivery whose node stopped is taken again when its lease runs out.
 */
final class Deliveries {

    static final String PENDING = "PENDING";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String RETRY = "RETRY";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    Deliveries(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A claimed delivery; {@code document} is {@code null} until the first attempt builds it. */
    record Claimed(UUID eventId, UUID instanceId, String formCode, String target, String action, int attempts,
            int failures, Instant retryUntil, String document, Instant createdAt) {
    }

    /** A delivery as operators see it. */
    record Delivery(UUID eventId, UUID instanceId, String formCode, String target, String action, String status,
            int attempts, String lastError, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
    }

    /** Claims up to {@code limit} due deliveries for {@code lease}, in a short transaction of its own. */
    List<Claimed> claim(Instant now, int limit, Duration lease) {
        return transactions.execute(status -> {
            List<Claimed> claimed = jdbc.sql("""
                            select id, instance_id, form_code, target, action, attempts, failures, retry_until, document,
                                created_at
                            from registration_delivery
                            where (status in ('PENDING', 'RETRY') and next_attempt_at <= :now)
                               or (status = 'IN_PROGRESS' and claimed_until <= :now)
                            order by next_attempt_at, id
                            fetch first :limit rows only
                            for update skip locked""")
                    .param("now", utc(now)).param("limit", limit)
                    .query((rs, row) -> new Claimed(rs.getObject("id", UUID.class),
                            rs.getObject("instance_id", UUID.class), rs.getString("form_code"), rs.getString("target"),
                            rs.getString("action"), rs.getInt("attempts"), rs.getInt("failures"),
                            instant(rs, "retry_until"), rs.getString("document"), instant(rs, "created_at")))
                    .list();
            for (Claimed delivery : claimed) {
                jdbc.sql("update registration_delivery set status = :status, claimed_until = :until where id = :id")
                        .param("status", IN_PROGRESS).param("until", utc(now.plus(lease)))
                        .param("id", delivery.eventId()).update();
            }
            return claimed;
        });
    }

    /**
     * Records, before the POST, the document (the first time) and that attempt {@code attempt}
     * starts now; {@code retryUntil} is set at the first attempt after the delivery (re)started.
     */
    void startAttempt(UUID eventId, int attempt, String document, Instant retryUntil, Instant now) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            update registration_delivery set attempts = :attempt, document = :document,
                                retry_until = :until
                            where id = :id""")
                    .param("attempt", attempt).param("document", document).param("until", utc(retryUntil))
                    .param("id", eventId).update();
            jdbc.sql("""
                            insert into registration_attempt (delivery_id, attempt, started_at)
                            values (:id, :attempt, :at)""")
                    .param("id", eventId).param("attempt", attempt).param("at", utc(now)).update();
        });
    }

    void markDelivered(UUID eventId, int attempt, int httpStatus, Instant now) {
        transactions.executeWithoutResult(status -> {
            finishAttempt(eventId, attempt, httpStatus, null, now);
            jdbc.sql("""
                            update registration_delivery set status = :status, delivered_at = :at, claimed_until = null,
                                last_error = null
                            where id = :id""")
                    .param("status", DELIVERED).param("at", utc(now)).param("id", eventId).update();
        });
    }

    /** A failed attempt: tried again at {@code next}, or, when {@code next} is {@code null}, in error. */
    void markFailed(UUID eventId, int attempt, Integer httpStatus, String error, int failures, Instant next,
            Instant now) {
        transactions.executeWithoutResult(status -> {
            finishAttempt(eventId, attempt, httpStatus, error, now);
            jdbc.sql("""
                            update registration_delivery set status = :status, failures = :failures,
                                claimed_until = null, last_error = :error
                            where id = :id""")
                    .param("status", next == null ? FAILED : RETRY).param("failures", failures)
                    .param("error", error).param("id", eventId).update();
            if (next != null) {
                jdbc.sql("update registration_delivery set next_attempt_at = :next where id = :id")
                        .param("next", utc(next)).param("id", eventId).update();
            }
        });
    }

    /**
     * Sends deliveries in error again, now, with the same event id and document, and a new period of
     * retries; returns how many. {@code eventId} {@code null}: every one of the module.
     */
    int retry(String formCode, UUID eventId, Instant now) {
        return jdbc.sql("""
                        update registration_delivery set status = :pending, next_attempt_at = :now, failures = 0,
                            retry_until = null
                        where form_code = :form and status = :failed and (:all = true or id = :id)""")
                .param("pending", PENDING).param("now", utc(now)).param("form", formCode).param("failed", FAILED)
                .param("all", eventId == null).param("id", eventId == null ? UUID.randomUUID() : eventId)
                .update();
    }

    List<Delivery> ofInstance(UUID instanceId) {
        return jdbc.sql("select " + COLUMNS + " from registration_delivery where instance_id = :id order by created_at, id")
                .param("id", instanceId).query(Deliveries::delivery).list();
    }

    List<Delivery> failedOf(String formCode, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from registration_delivery where form_code = :form and status = :failed
                        order by created_at, id fetch first :limit rows only""")
                .param("form", formCode).param("failed", FAILED).param("limit", limit)
                .query(Deliveries::delivery).list();
    }

    long countFailed(String formCode) {
        return jdbc.sql("select count(*) from registration_delivery where form_code = :form and status = :failed")
                .param("form", formCode).param("failed", FAILED).query(Long.class).single();
    }

    Optional<Delivery> find(UUID eventId) {
        return jdbc.sql("select " + COLUMNS + " from registration_delivery where id = :id")
                .param("id", eventId).query(Deliveries::delivery).optional();
    }

    private static final String COLUMNS = "id, instance_id, form_code, target, action, status, attempts, last_error, "
            + "next_attempt_at, created_at, delivered_at";

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("instance_id", UUID.class),
                rs.getString("form_code"), rs.getString("target"), rs.getString("action"), rs.getString("status"),
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "next_attempt_at"),
                instant(rs, "created_at"), instant(rs, "delivered_at"));
    }

    private void finishAttempt(UUID eventId, int attempt, Integer httpStatus, String error, Instant now) {
        jdbc.sql("""
                        update registration_attempt set finished_at = :at, http_status = :status, error = :error
                        where delivery_id = :id and attempt = :attempt""")
                .param("at", utc(now)).param("status", httpStatus).param("error", error)
                .param("id", eventId).param("attempt", attempt).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
