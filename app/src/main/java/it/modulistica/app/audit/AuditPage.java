package it.modulistica.app.audit;

import java.util.List;

/** One page of audit events, newest first, and how many match in all. */
public record AuditPage(List<AuditEvent> items, int page, int size, long total) {
}
