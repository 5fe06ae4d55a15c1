package it.modulistica.app.audit;

import it.modulistica.engine.instance.InstanceRepository;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records an instance answered 404: {@code not-visible} when it exists but the caller may not see
 * it, {@code missing} when it does not exist or is deleted (a guessed or stale id). The caller is
 * told neither.
 */
@Component
public class RefusedAccesses {

    private final AuditLog audit;
    private final InstanceRepository instances;

    RefusedAccesses(AuditLog audit, InstanceRepository instances) {
        this.audit = audit;
        this.instances = instances;
    }

    public void instance(UUID id, Principal caller, String method, String path) {
        boolean exists = instances.findById(id).filter(instance -> !instance.deleted()).isPresent();
        audit.record(AuditEventType.ACCESS_REFUSED, caller == null ? null : caller.getName(), "instance:" + id,
                AuditOutcome.REFUSED, Map.of("reason", exists ? "not-visible" : "missing", "request", method + " " + path));
    }
}
