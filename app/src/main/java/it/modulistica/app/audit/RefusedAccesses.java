package it.modulistica.app.audit;

import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records an instance answered 404: {@code not-visible} when it exists but the caller may not see
 * it ({@code draft: true} when it is an unsent draft, which operators and admins never see),
 * {@code missing} when it does not exist or is deleted (a guessed or stale id). The caller is
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
        Optional<Instance> existing = instances.findById(id).filter(instance -> !instance.deleted());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", existing.isPresent() ? "not-visible" : "missing");
        details.put("request", method + " " + path);
        existing.filter(instance -> instance.sentAt().isEmpty()).ifPresent(draft -> details.put("draft", true));
        audit.record(AuditEventType.ACCESS_REFUSED, caller == null ? null : caller.getName(), "instance:" + id,
                AuditOutcome.REFUSED, details);
    }
}
