package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.workflow.Actor;
import java.sql.Date;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the protocol number and date of a sent instance, as the registration target (or an
 * operator) sends them back. Recording the same value again changes nothing; another value is
 * refused with {@link ProtocolAlreadyRecorded}, unless an administrator corrects it with a reason. Each change
 * is a history row ({@value #RECORDED} or {@value #CORRECTED}) written in the same transaction.
 */
@Transactional
public class ProtocolRegister {

    static final String RECORDED = "protocollazione";
    static final String CORRECTED = "correzione-protocollo";

    /** What a call did. */
    public enum Outcome { RECORDED, UNCHANGED, CORRECTED }

    private final InstanceRepository instances;
    private final InstanceAccess access;
    private final InstanceHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ProtocolRegister(InstanceRepository instances, PinnedDefinitions pinned,
            NamedParameterJdbcOperations operations, Clock clock) {
        this.instances = instances;
        this.access = new InstanceAccess(instances, pinned);
        this.jdbc = JdbcClient.create(operations);
        this.history = new InstanceHistory(jdbc);
        this.clock = clock;
    }

    /**
     * Records {@code entry} for the instance, once: the same value again changes nothing.
     *
     * @throws InstanceNotFound         when the caller is not an operator of the instance's module
     * @throws NotEditable              when the instance was not sent yet
     * @throws ProtocolAlreadyRecorded when another value is recorded
     */
    public Outcome record(UUID id, Caller caller, ProtocolEntry entry) {
        InstanceAccess.Visible visible = access.load(id, caller);
        if (!visible.actors().contains(Actor.OPERATOR)) {
            throw new InstanceNotFound(id);
        }
        return write(visible.instance(), caller.username(), entry, null);
    }

    /**
     * Replaces the recorded entry, as an administrator does to correct a mistake; the caller checks
     * that {@code admin} is one.
     *
     * @param reason why, written in the history; not blank
     * @throws InstanceNotFound when there is no such instance
     * @throws NotEditable      when the instance was not sent yet
     */
    public Outcome correct(UUID id, String admin, ProtocolEntry entry, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction has a reason");
        }
        Instance instance = instances.findById(id).filter(found -> !found.deleted())
                .orElseThrow(() -> new InstanceNotFound(id));
        return write(instance, admin, entry, reason.strip());
    }

    private Outcome write(Instance instance, String actor, ProtocolEntry entry, String correction) {
        UUID id = instance.id();
        if (instance.sentAt().isEmpty()) {
            throw new NotEditable(id, NotEditable.NOT_SENT);
        }
        Optional<ProtocolEntry> current = lockedEntry(id);
        if (current.isPresent() && current.get().equals(entry)) {
            return Outcome.UNCHANGED;
        }
        if (current.isPresent() && correction == null) {
            throw new ProtocolAlreadyRecorded(id, current.get());
        }
        jdbc.sql("update instance set protocol_number = :number, protocol_date = :date where id = :id")
                .param("number", entry.number()).param("date", Date.valueOf(entry.date())).param("id", id).update();
        String note = current.isEmpty() ? entry.label()
                : entry.label() + " (era: " + current.get().label() + "). Motivo: " + correction;
        history.append(id, new HistoryEntry(current.isEmpty() ? RECORDED : CORRECTED, instance.state(),
                instance.state(), actor, clock.instant(), note));
        return current.isEmpty() ? Outcome.RECORDED : Outcome.CORRECTED;
    }

    /** The protocol entry of an instance, if recorded; no access check, for the platform's own readers. */
    @Transactional(readOnly = true)
    public Optional<ProtocolEntry> of(UUID id) {
        return jdbc.sql("select protocol_number, protocol_date from instance where id = :id and protocol_number is not null")
                .param("id", id)
                .query((rs, row) -> new ProtocolEntry(rs.getString(1), rs.getDate(2).toLocalDate()))
                .optional();
    }

    private Optional<ProtocolEntry> lockedEntry(UUID id) {
        return jdbc.sql("select protocol_number, protocol_date from instance where id = :id for update")
                .param("id", id)
                .query((rs, row) -> rs.getString(1) == null ? Optional.<ProtocolEntry>empty()
                        : Optional.of(new ProtocolEntry(rs.getString(1), rs.getDate(2).toLocalDate())))
                .single();
    }
}
