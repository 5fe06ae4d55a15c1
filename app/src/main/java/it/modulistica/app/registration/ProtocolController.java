package it.modulistica.app.registration;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.api.InvalidRequest;
import it.modulistica.app.instances.Callers;
import it.modulistica.app.security.Role;
import it.modulistica.engine.lifecycle.ProtocolEntry;
import it.modulistica.engine.lifecycle.ProtocolRegister;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/instances/{id}/protocol}: the registration target (or an operator of the module)
 * records the protocol number and date of a sent instance. Once recorded, the same value again is
 * answered 200 and changes nothing; another value is 409, unless an administrator sends it with a
 * {@code reason}. Every change is audited and written in the instance's history.
 */
@RestController
class ProtocolController {

    private final ProtocolRegister register;
    private final Callers callers;
    private final AuditLog audit;

    ProtocolController(ProtocolRegister register, Callers callers, AuditLog audit) {
        this.register = register;
        this.callers = callers;
        this.audit = audit;
    }

    /** The body: number, date (aaaa-mm-gg) and, for an administrator's correction, the reason. */
    record ProtocolRequest(String number, String date, String reason) {
    }

    /** The answer: the entry as now recorded and what the call did (RECORDED, UNCHANGED, CORRECTED). */
    record ProtocolRepresentation(String number, LocalDate date, String label, ProtocolRegister.Outcome outcome) {
    }

    @PutMapping(path = "/api/instances/{id}/protocol", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProtocolRepresentation> record(@PathVariable UUID id, @RequestBody ProtocolRequest request,
            Authentication user) {
        ProtocolEntry entry = entry(request);
        boolean correction = request.reason() != null && !request.reason().isBlank();
        if (correction && user.getAuthorities().stream().noneMatch(Role.ADMIN.authority()::equals)) {
            throw new AccessDeniedException("Only an administrator corrects a protocol number");
        }
        ProtocolRegister.Outcome outcome = correction
                ? register.correct(id, user.getName(), entry, request.reason())
                : register.record(id, callers.of(user), entry);
        if (outcome != ProtocolRegister.Outcome.UNCHANGED) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("outcome", outcome.name());
            details.put("number", entry.number());
            details.put("date", entry.date().toString());
            if (correction) {
                details.put("reason", request.reason().strip());
            }
            audit.record(AuditEventType.PROTOCOL_CHANGE, user.getName(), "instance:" + id, AuditOutcome.SUCCESS,
                    details);
        }
        return ResponseEntity.ok(new ProtocolRepresentation(entry.number(), entry.date(), entry.label(), outcome));
    }

    private static ProtocolEntry entry(ProtocolRequest request) {
        List<InvalidRequest.Error> errors = new ArrayList<>();
        String number = request.number() == null ? "" : request.number().strip();
        if (number.isEmpty()) {
            errors.add(new InvalidRequest.Error("/number", "required"));
        } else if (number.length() > ProtocolEntry.MAX_NUMBER) {
            errors.add(new InvalidRequest.Error("/number", "tooLong"));
        }
        LocalDate date = null;
        if (request.date() == null || request.date().isBlank()) {
            errors.add(new InvalidRequest.Error("/date", "required"));
        } else {
            try {
                date = LocalDate.parse(request.date().strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidRequest.Error("/date", "protocolDate"));
            }
        }
        InvalidRequest.throwIfAny(errors);
        return new ProtocolEntry(number, date);
    }
}
