package it.modulistica.app.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/audit}: the audit log for administrators, newest first, filtered by event
 * type, user and days ({@code from} and {@code to} inclusive, in Europe/Rome).
 */
@RestController
class AuditController {


    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditPage search(@RequestParam(required = false) AuditEventType type, @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > AuditQuery.MAX_SIZE) {
            throw new InvalidAuditPaging(page, size);
        }
        return audit.search(AuditQuery.ofDays(type, user, from, to, page, size));
    }
}
