package it.modulistica.app.audit;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records reads of an instance by anyone but its owner: operators, or members of the organisation
 * it is shared with. An owner reading their own instance is not recorded.
 */
@Component
public class InstanceReads {

    private final AuditLog audit;

    InstanceReads(AuditLog audit) {
        this.audit = audit;
    }

    /** {@code what} names the part read: {@code data}, {@code pdf}. */
    public void read(UUID id, String owner, String reader, String what) {
        if (!owner.equals(reader)) {
            audit.record(AuditEventType.INSTANCE_READ, reader, "instance:" + id, AuditOutcome.SUCCESS,
                    Map.of("read", what));
        }
    }
}
