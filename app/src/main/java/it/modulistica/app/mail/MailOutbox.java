package it.modulistica.app.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the e-mail rows of the {@code instance_effect} outbox (written in the transition's
 * transaction) into mail jobs: each effect row is claimed with {@code FOR UPDATE SKIP LOCKED},
 * expanded and marked done in one transaction, so it yields its jobs exactly once. The receipt of a
 * module that awaits its protocol number waits for it, at most {@code protocolWait}
 * ({@code modulistica.registration.protocol-wait}).
 */
final class MailOutbox {

    static final String DONE = "DONE";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailJobs jobs;
    private final MailComposer composer;
    private final ObjectMapper mapper;
    private final MailSettings settings;
    private final Duration protocolWait;

    /** @param protocolWait how long a receipt waits for the protocol number when its module awaits it */
    MailOutbox(JdbcClient jdbc, TransactionTemplate transactions, MailJobs jobs, MailComposer composer,
            ObjectMapper mapper, MailSettings settings, Duration protocolWait) {
        this.protocolWait = protocolWait;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.jobs = jobs;
        this.composer = composer;
        this.mapper = mapper;
        this.settings = settings;
    }

    private record Effect(UUID id, UUID instanceId, String effect, String payload, Instant createdAt) {
    }

    /** Expands up to {@code limit} pending e-mail effects; returns how many were expanded. */
    int expand(int limit, Instant now) {
        int expanded = 0;
        while (expanded < limit && Boolean.TRUE.equals(transactions.execute(status -> expandOne(now)))) {
            expanded++;
        }
        return expanded;
    }

    /** A new receipt job for every recipient, with new Message-IDs, as an operator asks. */
    int requeueReceipt(UUID instanceId, Instant now) {
        return transactions.execute(status -> {
            List<MailJobs.NewJob> receipt = composer.receipt(instanceId, null);
            receipt.forEach(job -> jobs.insert(job, settings.messageIdDomain(), now));
            return receipt.size();
        });
    }

    private boolean expandOne(Instant now) {
        Optional<Effect> next = jdbc.sql("""
                        select id, instance_id, effect, payload, created_at from instance_effect
                        where status = 'PENDING' and effect in ('send-receipt', 'notify-owner')
                        and not (effect = 'send-receipt' and exists (
                            select 1 from registration_delivery d join instance i on i.id = d.instance_id
                            where d.instance_id = instance_effect.instance_id and d.await_protocol
                            and i.protocol_number is null and d.created_at > :awaitSince))
                        order by created_at, id
                        fetch first 1 rows only
                        for update skip locked""")
                .param("awaitSince", MailJobs.utc(now.minus(protocolWait)))
                .query((rs, row) -> new Effect(rs.getObject("id", UUID.class), rs.getObject("instance_id", UUID.class),
                        rs.getString("effect"), rs.getString("payload"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        Effect effect = next.get();
        List<MailJobs.NewJob> created = switch (effect.effect()) {
            case "send-receipt" -> composer.receipt(effect.instanceId(), effect.id());
            case "notify-owner" -> composer.notification(effect.instanceId(), effect.id(), payload(effect),
                    effect.createdAt());
            default -> throw new IllegalStateException("Not an e-mail effect: " + effect.effect());
        };
        created.forEach(job -> jobs.insert(job, settings.messageIdDomain(), now));
        jdbc.sql("update instance_effect set status = :status where id = :id")
                .param("status", DONE).param("id", effect.id()).update();
        return true;
    }

    private JsonNode payload(Effect effect) {
        if (effect.payload() == null) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(effect.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Effect " + effect.id() + " has a payload that is not JSON", e);
        }
    }
}
