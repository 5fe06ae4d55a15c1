package it.modulistica.app.mail;

import it.modulistica.engine.lifecycle.StoredDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the mail jobs: expands pending e-mail effects, claims the due jobs, and for each records
 * the attempt, hands the e-mail over outside any transaction, then records the outcome.
 *
 * <p>Exactly once towards the recipient: the attempt row is written before the hand-over and
 * completed after it. A job taken back after a lease ran out with an unfinished attempt may have
 * reached the server: the transport is asked; the local mailbox knows (it stores by Message-ID);
 * SMTP cannot tell, and then the job is not sent again but marked {@code UNCONFIRMED} and flagged,
 * for an operator to check and resend. A lost e-mail is thus always visible, a duplicate never made.
 */
final class MailWorker {

    private static final Logger LOG = LoggerFactory.getLogger(MailWorker.class);
    private static final Duration RECEIPT_RECHECK = Duration.ofSeconds(2);

    private final MailOutbox outbox;
    private final MailJobs jobs;
    private final MailTransport transport;
    private final ReceiptDocuments receipts;
    private final MailSettings settings;
    private final List<HandOverObserver> observers;

    MailWorker(MailOutbox outbox, MailJobs jobs, MailTransport transport, ReceiptDocuments receipts,
            MailSettings settings, List<HandOverObserver> observers) {
        this.outbox = outbox;
        this.jobs = jobs;
        this.transport = transport;
        this.receipts = receipts;
        this.settings = settings;
        this.observers = List.copyOf(observers);
    }

    /** One run: expands effects, then delivers the jobs due at {@code now}; returns how many were sent. */
    int runOnce(Instant now) {
        outbox.expand(settings.batchSize(), now);
        int sent = 0;
        for (MailJobs.Claimed job : jobs.claim(now, settings.batchSize(), settings.lease())) {
            try {
                if (deliver(job, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.error("Mail job {} stopped after its hand-over; the lease recovery decides after {}", job.id(),
                        settings.lease(), e);
            }
        }
        if (sent == 0) {
            transport.closeIdle();
        }
        return sent;
    }

    private boolean deliver(MailJobs.Claimed job, Instant now) {
        if (job.reclaimed()) {
            Optional<Integer> unfinished = jobs.unfinishedAttempt(job.id());
            if (unfinished.isPresent() && !recover(job, unfinished.get(), now)) {
                return false;
            }
        }
        if (waitsForReceipt(job, now)) {
            jobs.postpone(job.id(), now.plus(RECEIPT_RECHECK));
            return false;
        }
        int attempt = job.attempts() + 1;
        OutgoingMail mail;
        try {
            mail = mail(job);
        } catch (RuntimeException e) {
            jobs.startAttempt(job.id(), attempt, now);
            retry(job, attempt, "Messaggio non componibile: " + e.getMessage(), now);
            return false;
        }
        jobs.startAttempt(job.id(), attempt, now);
        try {
            transport.send(mail);
        } catch (MailTransport.DeliveryFailed e) {
            retry(job, attempt, e.getMessage(), now);
            return false;
        }
        observers.forEach(observer -> observer.handedOver(job.id()));
        jobs.markSent(job.id(), attempt, "SENT", now);
        LOG.info("Mail job {} ({}) sent through {} at attempt {}", job.id(), job.kind(), transport.name(), attempt);
        return true;
    }

    /**
     * Whether a receipt e-mail should wait for the receipt workers: its receipt is ordered and not
     * printed yet, and the e-mail is younger than the wait. Printing it here too would print it
     * twice (the first stored copy wins) on the cores the requests need.
     */
    private boolean waitsForReceipt(MailJobs.Claimed job, Instant now) {
        return job.attachReceipt() && settings.receiptWait().compareTo(Duration.ZERO) > 0
                && now.isBefore(job.createdAt().plus(settings.receiptWait()))
                && receipts.awaitingPrint(job.instanceId());
    }

    /** Whether the job may be sent now, given its unfinished attempt. */
    private boolean recover(MailJobs.Claimed job, int attempt, Instant now) {
        switch (transport.knows(job.messageId())) {
            case DELIVERED -> {
                jobs.markSent(job.id(), attempt, "SENT_RECOVERED", now);
                LOG.info("Mail job {}: attempt {} had been delivered, recorded now", job.id(), attempt);
                return false;
            }
            case NOT_DELIVERED -> {
                jobs.abandonAttempt(job.id(), attempt, now);
                return true;
            }
            default -> {
                jobs.markUnconfirmed(job.id(), attempt,
                        "Esito del tentativo " + attempt + " sconosciuto: verificare la ricezione e reinviare", now);
                LOG.warn("Mail job {}: attempt {} may have reached {}; not sent again, flagged", job.id(), attempt,
                        transport.name());
                return false;
            }
        }
    }

    private void retry(MailJobs.Claimed job, int attempt, String error, Instant now) {
        String message = error == null ? "errore sconosciuto" : error.length() > 1000 ? error.substring(0, 1000) : error;
        Instant next = now.plus(settings.backoff(attempt));
        boolean flagged = attempt >= settings.flagAfter();
        jobs.markRetry(job.id(), attempt, message, next, flagged, now);
        LOG.warn("Mail job {} attempt {} failed ({}); next at {}{}", job.id(), attempt, message, next,
                flagged ? ", flagged" : "");
    }

    private OutgoingMail mail(MailJobs.Claimed job) {
        List<OutgoingMail.Attachment> attachments = List.of();
        if (job.attachReceipt()) {
            StoredDocument receipt = receipts.receipt(job.instanceId()).orElseThrow(() -> new IllegalStateException(
                    "the instance has no stored receipt"));
            attachments = List.of(new OutgoingMail.Attachment(receipt.fileName(), receipt.mediaType(), receipt.content()));
        }
        return new OutgoingMail(job.messageId(), settings.from(), job.recipient(), job.subject(), job.html(), job.text(),
                attachments);
    }
}
