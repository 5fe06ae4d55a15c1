package it.modulistica.app.registration;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the registration outbox: claims the due deliveries and POSTs each one's document, signed,
 * to its target. A 2xx answer delivers it; any other answer, a timeout or a connection failure is
 * retried with a growing pause until {@code giveUpAfter}, then the delivery is in error until an
 * operator sends it again.
 *
 * <p>Every attempt of one event carries the same event id and the same bytes, so a receiver that
 * got an attempt whose answer was lost (a timeout, a node stopped mid-request) recognises the repeat
 * by {@code X-Modulistica-Event} and answers 2xx without registering twice.
 */
final class RegistrationWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationWorker.class);
    private static final int MAX_ERROR = 1000;

    private final Deliveries deliveries;
    private final RegistrationDocuments documents;
    private final RegistrationSettings settings;
    private final HttpClient http;

    RegistrationWorker(Deliveries deliveries, RegistrationDocuments documents, RegistrationSettings settings,
            HttpClient http) {
        this.deliveries = deliveries;
        this.documents = documents;
        this.settings = settings;
        this.http = http;
    }

    /** One run: delivers what is due at {@code now}; returns how many deliveries a target accepted. */
    int runOnce(Instant now) {
        int delivered = 0;
        for (Deliveries.Claimed delivery : deliveries.claim(now, settings.batchSize(), settings.lease())) {
            try {
                if (deliver(delivery, now)) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                LOG.error("Registration event {} stopped; its lease runs out after {} and it is taken again",
                        delivery.eventId(), settings.lease(), e);
            }
        }
        return delivered;
    }

    private boolean deliver(Deliveries.Claimed delivery, Instant now) {
        int attempt = delivery.attempts() + 1;
        Instant retryUntil = delivery.retryUntil() != null ? delivery.retryUntil() : now.plus(settings.giveUpAfter());
        RegistrationSettings.Target target = settings.targets().get(delivery.target());
        if (target == null) {
            deliveries.startAttempt(delivery.eventId(), attempt, delivery.document(), retryUntil, now);
            fail(delivery, attempt, null, "Destinazione \"" + delivery.target()
                    + "\" non configurata (modulistica.registration.targets." + delivery.target() + ")", retryUntil, now);
            return false;
        }
        String document = delivery.document() != null ? delivery.document() : documents.build(delivery);
        deliveries.startAttempt(delivery.eventId(), attempt, document, retryUntil, now);
        byte[] body = document.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(target.url())
                .timeout(target.timeout())
                .header("Content-Type", "application/json")
                .header(BodySignature.HEADER, BodySignature.of(body, target.secret()))
                .header(BodySignature.EVENT_HEADER, delivery.eventId().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        target.headers().forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            fail(delivery, attempt, null, "Nessuna risposta entro " + target.timeout().toMillis() + " ms", retryUntil, now);
            return false;
        } catch (IOException e) {
            fail(delivery, attempt, null, "Connessione non riuscita: " + e, retryUntil, now);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(delivery, attempt, null, "Invio interrotto", retryUntil, now);
            return false;
        }
        if (response.statusCode() / 100 == 2) {
            deliveries.markDelivered(delivery.eventId(), attempt, response.statusCode(), now);
            LOG.info("Registration event {} of instance {} delivered to {} at attempt {}", delivery.eventId(),
                    delivery.instanceId(), delivery.target(), attempt);
            return true;
        }
        fail(delivery, attempt, response.statusCode(), "Risposta HTTP " + response.statusCode() + ": "
                + response.body(), retryUntil, now);
        return false;
    }

    private void fail(Deliveries.Claimed delivery, int attempt, Integer status, String error, Instant retryUntil,
            Instant now) {
        String message = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        int failures = delivery.failures() + 1;
        Instant next = null;
        if (now.isBefore(retryUntil)) {
            Instant later = now.plus(settings.backoff(failures));
            next = later.isAfter(retryUntil) ? retryUntil : later;
        }
        deliveries.markFailed(delivery.eventId(), attempt, status, message, failures, next, now);
        if (next == null) {
            LOG.error("Registration event {} of instance {}: attempt {} failed ({}); retried since {}, now in error",
                    delivery.eventId(), delivery.instanceId(), attempt, message,
                    retryUntil.minus(settings.giveUpAfter()));
        } else {
            LOG.warn("Registration event {} attempt {} failed ({}); next at {}", delivery.eventId(), attempt, message,
                    next);
        }
    }
}
