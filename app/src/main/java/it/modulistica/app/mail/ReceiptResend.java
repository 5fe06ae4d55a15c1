package it.modulistica.app.mail;

import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import it.modulistica.engine.lifecycle.InstanceView;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Reinvia ricevuta": queues the receipt of a sent instance again for every recipient, at the
 * request of an operator of its module, from the API and from the operator's instance page.
 */
@Component
public class ReceiptResend {

    private final InstanceLifecycle lifecycle;
    private final MailOutbox outbox;
    private final Clock clock;

    ReceiptResend(InstanceLifecycle lifecycle, MailOutbox outbox, Clock clock) {
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @return how many e-mails were queued
     * @throws ResponseStatusException 403 when the caller is not an operator of the module, 409 when
     *                                 the instance has no receipt yet
     */
    public int resend(UUID id, Caller caller) {
        InstanceView view = lifecycle.get(id, caller);
        if (!caller.operates(view.instance(), view.definition())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Solo gli operatori del modulo possono reinviare la ricevuta");
        }
        if (lifecycle.receipt(id, caller).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "L'istanza non ha ancora una ricevuta");
        }
        return outbox.requeueReceipt(id, clock.instant());
    }
}
