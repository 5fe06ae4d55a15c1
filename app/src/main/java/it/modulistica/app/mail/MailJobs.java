package it.modulistica.app.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mail_job} outbox and its {@code mail_attempt} log. Jobs are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so several nodes can work side by side and a job whose
 * node died is taken again when its lease runs out.
 */
final class MailJobs {

    static final String PENDING = "PENDING";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String RETRY = "RETRY";
    static final String SENT = "SENT";
    static final String UNCONFIRMED = "UNCONFIRMED";
    static final String REJECTED = "REJECTED";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    MailJobs(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A job to write; {@code rejection} is set for a recipient value that is not a valid address. */
    record NewJob(UUID instanceId, UUID effectId, String kind, String recipient, String subject, String html,
            String text, boolean attachReceipt, String rejection) {
    }

    /** A claimed job; {@code reclaimed} when its previous worker's lease ran out. */
    record Claimed(UUID id, UUID instanceId, String kind, String recipient, String messageId, String subject,
            String html, String text, boolean attachReceipt, int attempts, boolean reclaimed, Instant createdAt) {
    }

    /** A job as the status API shows it. */
    record Job(UUID id, String kind, String recipient, String status, int attempts, boolean flagged,
            String lastError, Instant nextAttemptAt, Instant sentAt, Instant createdAt) {
    }

    void insert(NewJob job, String messageIdDomain, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail_job (id, instance_id, effect_id, kind, recipient, message_id, subject, html,
                            text_body, attach_receipt, status, attempts, flagged, next_attempt_at, last_error, created_at)
                        values (:id, :instance, :effect, :kind, :recipient, :messageId, :subject, :html, :text,
                            :attach, :status, 0, :flagged, :at, :error, :at)""")
                .param("id", id).param("instance", job.instanceId()).param("effect", job.effectId())
                .param("kind", job.kind()).param("recipient", job.recipient())
                .param("messageId", "<" + id + "@" + messageIdDomain + ">")
                .param("subject", job.subject()).param("html", job.html()).param("text", job.text())
                .param("attach", job.attachReceipt())
                .param("status", job.rejection() == null ? PENDING : REJECTED)
                .param("flagged", job.rejection() != null)
                .param("error", job.rejection())
                .param("at", utc(now))
                .update();
    }

    /**
     * Claims up to {@code limit} jobs for {@code lease}, in a short transaction of its own: first those
     * whose previous worker's lease ran out, then the due ones, oldest first. Each kind is read in
     * the order of its own index (V21_6), so a backlog of thousands costs no more than a few jobs.
     */
    List<Claimed> claim(Instant now, int limit, Duration lease) {
        return transactions.execute(status -> {
            List<Claimed> claimed = new ArrayList<>(claimable("""
                    status = 'IN_PROGRESS' and claimed_until <= :now
                    order by claimed_until, id""", now, limit));
            if (claimed.size() < limit) {
                claimed.addAll(claimable("""
                        status in ('PENDING', 'RETRY') and next_attempt_at <= :now
                        order by next_attempt_at, id""", now, limit - claimed.size()));
            }
            for (Claimed job : claimed) {
                jdbc.sql("update mail_job set status = :status, claimed_until = :until where id = :id")
                        .param("status", IN_PROGRESS).param("until", utc(now.plus(lease))).param("id", job.id())
                        .update();
            }
            return claimed;
        });
    }

    private List<Claimed> claimable(String condition, Instant now, int limit) {
        return jdbc.sql("""
                        select id, instance_id, kind, recipient, message_id, subject, html, text_body,
                            attach_receipt, attempts, status, created_at from mail_job
                        where %s
                        fetch first :limit rows only
                        for update skip locked""".formatted(condition))
                .param("now", utc(now)).param("limit", limit)
                .query((rs, row) -> new Claimed(rs.getObject("id", UUID.class),
                        rs.getObject("instance_id", UUID.class), rs.getString("kind"), rs.getString("recipient"),
                        rs.getString("message_id"), rs.getString("subject"), rs.getString("html"),
                        rs.getString("text_body"), rs.getBoolean("attach_receipt"), rs.getInt("attempts"),
                        IN_PROGRESS.equals(rs.getString("status")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Gives a claimed job back, untried, to be claimed again from {@code until}: its attempts and
     * flag stay as they were.
     */
    void postpone(UUID id, Instant until) {
        jdbc.sql("""
                        update mail_job set status = case when attempts = 0 then :pending else :retry end,
                            claimed_until = null, next_attempt_at = :until
                        where id = :id and status = :inProgress""")
                .param("pending", PENDING).param("retry", RETRY).param("until", utc(until))
                .param("id", id).param("inProgress", IN_PROGRESS)
                .update();
    }

    /** The number of the last attempt when it was started and never finished: its outcome is not known. */
    Optional<Integer> unfinishedAttempt(UUID jobId) {
        return jdbc.sql("""
                        select attempt from mail_attempt where job_id = :job and outcome is null
                        order by attempt desc fetch first 1 rows only""")
                .param("job", jobId).query(Integer.class).optional();
    }

    /** Records, before the hand-over, that attempt number {@code attempt} starts now. */
    void startAttempt(UUID jobId, int attempt, Instant now) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into mail_attempt (job_id, attempt, started_at) values (:job, :attempt, :at)")
                    .param("job", jobId).param("attempt", attempt).param("at", utc(now)).update();
            jdbc.sql("update mail_job set attempts = :attempt where id = :id")
                    .param("attempt", attempt).param("id", jobId).update();
        });
    }

    void markSent(UUID jobId, int attempt, String outcome, Instant now) {
        transactions.executeWithoutResult(status -> {
            finishAttempt(jobId, attempt, outcome, null, now);
            jdbc.sql("""
                            update mail_job set status = :status, sent_at = :at, claimed_until = null, last_error = null
                            where id = :id""")
                    .param("status", SENT).param("at", utc(now)).param("id", jobId).update();
        });
    }

    void markRetry(UUID jobId, int attempt, String error, Instant next, boolean flagged, Instant now) {
        transactions.executeWithoutResult(status -> {
            finishAttempt(jobId, attempt, "FAILED", error, now);
            jdbc.sql("""
                            update mail_job set status = :status, next_attempt_at = :next, claimed_until = null,
                                last_error = :error, flagged = :flagged
                            where id = :id""")
                    .param("status", RETRY).param("next", utc(next)).param("error", error)
                    .param("flagged", flagged).param("id", jobId).update();
        });
    }

    /** The hand-over of {@code attempt} may have reached the server: it is not repeated, and flagged. */
    void markUnconfirmed(UUID jobId, int attempt, String reason, Instant now) {
        transactions.executeWithoutResult(status -> {
            finishAttempt(jobId, attempt, "UNKNOWN", reason, now);
            jdbc.sql("""
                            update mail_job set status = :status, claimed_until = null, last_error = :reason,
                                flagged = true
                            where id = :id""")
                    .param("status", UNCONFIRMED).param("reason", reason).param("id", jobId).update();
        });
    }

    /** Closes an attempt that is known not to have been accepted, so the job is tried again. */
    void abandonAttempt(UUID jobId, int attempt, Instant now) {
        finishAttempt(jobId, attempt, "ABANDONED", "il nodo che lo eseguiva si è fermato prima della consegna", now);
    }

    List<Job> ofInstance(UUID instanceId) {
        return jdbc.sql("""
                        select id, kind, recipient, status, attempts, flagged, last_error, next_attempt_at, sent_at,
                            created_at from mail_job where instance_id = :instance order by created_at, recipient""")
                .param("instance", instanceId)
                .query((rs, row) -> new Job(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("recipient"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getBoolean("flagged"), rs.getString("last_error"), instant(rs.getObject("next_attempt_at",
                        OffsetDateTime.class)), instant(rs.getObject("sent_at", OffsetDateTime.class)),
                        instant(rs.getObject("created_at", OffsetDateTime.class))))
                .list();
    }

    private void finishAttempt(UUID jobId, int attempt, String outcome, String error, Instant now) {
        jdbc.sql("""
                        update mail_attempt set outcome = :outcome, error = :error, finished_at = :at
                        where job_id = :job and attempt = :attempt""")
                .param("outcome", outcome).param("error", error).param("at", utc(now))
                .param("job", jobId).param("attempt", attempt).update();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
