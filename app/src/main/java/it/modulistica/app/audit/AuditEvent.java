package it.modulistica.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One recorded event: when, who (null when nobody is signed in), what, on which target, how it
 * ended, and details that never include the values of a form's fields.
 */
public record AuditEvent(long id, Instant at, String username, AuditEventType type, String target,
        AuditOutcome outcome, JsonNode details) {
}
