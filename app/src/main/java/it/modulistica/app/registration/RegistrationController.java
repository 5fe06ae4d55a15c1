package it.modulistica.app.registration;

import it.modulistica.app.instances.Callers;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registration deliveries for operators: those of an instance, those in error of a module, and
 * sending them again (one or all) with the same event id. A module or instance outside the
 * operator's scope answers 404.
 */
@RestController
class RegistrationController {

    private final RegistrationStatus status;
    private final InstanceLifecycle lifecycle;
    private final Callers callers;

    RegistrationController(RegistrationStatus status, InstanceLifecycle lifecycle, Callers callers) {
        this.status = status;
        this.lifecycle = lifecycle;
        this.callers = callers;
    }

    @GetMapping(path = "/api/instances/{id}/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Deliveries.Delivery> ofInstance(@PathVariable UUID id, Authentication user) {
        Caller caller = callers.of(user);
        String formCode = lifecycle.get(id, caller).definition().code();
        return status.ofInstance(caller, formCode, id);
    }

    @GetMapping(path = "/api/backoffice/registrations/failed", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RegistrationStatus.FailedDelivery> failed(@RequestParam String form, Authentication user) {
        return status.failed(callers.of(user), form);
    }

    @PostMapping(path = "/api/backoffice/registrations/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> retryAll(@RequestParam String form, Authentication user) {
        return Map.of("retried", status.retry(callers.of(user), form, null));
    }

    @PostMapping(path = "/api/backoffice/registrations/{eventId}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> retryOne(@PathVariable UUID eventId, @RequestParam String form, Authentication user) {
        return Map.of("retried", status.retry(callers.of(user), form, eventId));
    }
}
