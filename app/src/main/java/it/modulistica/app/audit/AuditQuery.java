package it.modulistica.app.audit;

import java.time.Instant;

/** Filters on the audit log, each optional (null), and the page wanted. */
public record AuditQuery(AuditEventType type, String username, Instant from, Instant to, int page, int size) {

    public static final int MAX_SIZE = 200;
}
