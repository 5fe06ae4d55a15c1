package it.modulistica.app.mail;

import it.modulistica.app.instances.Callers;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/instances/{id}/deliveries}: the e-mails of an instance and how their delivery went,
 * for whoever may see the instance (404 otherwise); operators of the module may send the receipt again.
 */
@RestController
@RequestMapping(path = "/api/instances/{id}/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
class DeliveriesController {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final InstanceLifecycle lifecycle;
    private final MailJobs jobs;
    private final ReceiptResend resend;

    private final Callers callers;

    DeliveriesController(Callers callers, InstanceLifecycle lifecycle, MailJobs jobs, ReceiptResend resend) {
        this.callers = callers;
        this.lifecycle = lifecycle;
        this.jobs = jobs;
        this.resend = resend;
    }

    /** One e-mail of the instance, with its status in a sentence. */
    record Delivery(UUID id, String kind, String recipient, String status, int attempts, boolean flagged,
            String lastError, Instant nextAttemptAt, Instant sentAt, Instant createdAt, String summary) {
    }

    @GetMapping
    List<Delivery> deliveries(@PathVariable UUID id, Authentication user) {
        lifecycle.get(id, callers.of(user));
        return jobs.ofInstance(id).stream().map(DeliveriesController::delivery).toList();
    }

    @PostMapping("/receipt")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Integer> resendReceipt(@PathVariable UUID id, Authentication user) {
        return Map.of("queued", resend.resend(id, callers.of(user)));
    }

    static Delivery delivery(MailJobs.Job job) {
        return new Delivery(job.id(), job.kind(), job.recipient(), job.status(), job.attempts(), job.flagged(),
                job.lastError(), job.nextAttemptAt(), job.sentAt(), job.createdAt(), summary(job));
    }

    static String summary(MailJobs.Job job) {
        String what = MailComposer.RECEIPT.equals(job.kind()) ? "Ricevuta" : "Avviso";
        return switch (job.status()) {
            case MailJobs.SENT -> what + " inviat" + (what.equals("Ricevuta") ? "a" : "o") + " il "
                    + DATE.format(job.sentAt().atZone(ROME)) + " alle " + TIME.format(job.sentAt().atZone(ROME))
                    + " a " + job.recipient();
            case MailJobs.REJECTED -> what + " non inviabile: " + job.lastError();
            case MailJobs.UNCONFIRMED -> what + " a " + job.recipient() + ": esito dell'invio sconosciuto, verificare e reinviare";
            case MailJobs.PENDING -> "In attesa di invio a " + job.recipient();
            default -> "In attesa di invio (tentativo " + (job.attempts() + 1) + ", prossimo alle "
                    + TIME.format(job.nextAttemptAt().atZone(ROME)) + ")" + (job.flagged() ? ", segnalato" : "");
        };
    }
}
