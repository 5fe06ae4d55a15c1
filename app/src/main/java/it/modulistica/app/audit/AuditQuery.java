package it.modulistica.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Filters on the audit log, each optional (null), and the page wanted. */
public record AuditQuery(AuditEventType type, String username, Instant from, Instant to, int page, int size) {

    public static final int MAX_SIZE = 200;

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /**
     * The filters as people give them: a user name (blank for any) and whole days in Rome, from the
     * start of {@code from} to the end of {@code to}.
     */
    public static AuditQuery ofDays(AuditEventType type, String user, LocalDate from, LocalDate to, int page,
            int size) {
        return new AuditQuery(type, user == null || user.isBlank() ? null : user.strip(),
                from == null ? null : from.atStartOfDay(ROME).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ROME).toInstant(), page, size);
    }
}
