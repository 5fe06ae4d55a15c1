package it.modulistica.app.registration;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.lifecycle.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What operators see of the registration deliveries and do with them: one Italian sentence per
 * delivery of an instance, the deliveries in error of a module, and sending them again with the
 * same event id and document. Every check of the operator's scope is made here.
 */
@Component
public class RegistrationStatus {

    /** The most deliveries in error a list shows. */
    public static final int LIST_LIMIT = 200;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Deliveries deliveries;
    private final OperatorInstances operators;
    private final AuditLog audit;
    private final Clock clock;

    RegistrationStatus(Deliveries deliveries, OperatorInstances operators, AuditLog audit, Clock clock) {
        this.deliveries = deliveries;
        this.operators = operators;
        this.audit = audit;
        this.clock = clock;
    }

    /** A delivery in error, as the list of a module shows it. */
    public record FailedDelivery(UUID eventId, UUID instanceId, String target, String action, int attempts,
            String lastError, String createdAt) {
    }

    /** The sentences of an instance's deliveries, oldest first; the caller checks the reader may see it. */
    public List<String> summaries(UUID instanceId) {
        return deliveries.ofInstance(instanceId).stream().map(RegistrationStatus::sentence).toList();
    }

    /** The deliveries of an instance as the API gives them to an operator of its module. */
    List<Deliveries.Delivery> ofInstance(Caller caller, String formCode, UUID instanceId) {
        operators.module(caller, formCode);
        return deliveries.ofInstance(instanceId);
    }

    /**
     * The deliveries in error of a module, oldest first, at most {@value #LIST_LIMIT}.
     *
     * @throws it.modulistica.engine.lifecycle.ModuleNotFound when the caller is not an operator of it
     */
    public List<FailedDelivery> failed(Caller caller, String formCode) {
        operators.module(caller, formCode);
        return deliveries.failedOf(formCode, LIST_LIMIT).stream().map(delivery -> new FailedDelivery(
                delivery.eventId(), delivery.instanceId(), delivery.target(), delivery.action(), delivery.attempts(),
                delivery.lastError(), format(delivery.createdAt()))).toList();
    }

    /** How many deliveries of the module are in error. */
    public long countFailed(Caller caller, String formCode) {
        operators.module(caller, formCode);
        return deliveries.countFailed(formCode);
    }

    /**
     * Sends again, now, the deliveries in error of a module, or the one {@code eventId}; returns how
     * many. The receiver gets the same event id and the same document as before.
     */
    public int retry(Caller caller, String formCode, UUID eventId) {
        operators.module(caller, formCode);
        if (eventId != null && deliveries.find(eventId).filter(found -> found.formCode().equals(formCode)).isEmpty()) {
            throw new DeliveryNotFound(eventId, formCode);
        }
        int retried = deliveries.retry(formCode, eventId, clock.instant());
        if (retried > 0) {
            audit.record(AuditEventType.REGISTRATION_RETRY, caller.username(), "form:" + formCode, AuditOutcome.SUCCESS,
                    Map.of("deliveries", retried, "event", eventId == null ? "all" : eventId.toString()));
        }
        return retried;
    }

    private static String sentence(Deliveries.Delivery delivery) {
        String target = "«" + delivery.target() + "»";
        return switch (delivery.status()) {
            case Deliveries.DELIVERED -> "Consegnata per la protocollazione a " + target + " il "
                    + format(delivery.deliveredAt()) + " (tentativo " + delivery.attempts() + ")";
            case Deliveries.FAILED -> "In errore: consegna a " + target + " non riuscita dopo " + delivery.attempts()
                    + " tentativi (" + delivery.lastError() + "); un operatore può reinviarla";
            case Deliveries.RETRY -> "In consegna a " + target + ": tentativo " + delivery.attempts()
                    + " non riuscito (" + delivery.lastError() + "), prossimo il " + format(delivery.nextAttemptAt());
            default -> "In consegna a " + target + " per la protocollazione";
        };
    }

    private static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OpeningWindow.ZONE));
    }
}
