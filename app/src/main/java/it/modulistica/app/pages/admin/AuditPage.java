package it.modulistica.app.pages.admin;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit}: the audit log, newest first, filtered by event type, user and days (in
 * Rome, inclusive), 50 a page, the database paging, as {@code GET /api/admin/audit} does. A filter
 * that does not read (an unknown type, a wrong day) is shown beside its field and ignored.
 */
@Controller
class AuditPage {

    private static final int SIZE = 50;

    private final AuditLog audit;

    AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String type, @RequestParam(required = false) String user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        AuditEventType eventType = null;
        if (type != null && !type.isBlank()) {
            if (Arrays.stream(AuditEventType.values()).anyMatch(t -> t.name().equals(type))) {
                eventType = AuditEventType.valueOf(type);
            } else {
                errors.put("type", "admin.audit.badType");
            }
        }
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        int wanted = Math.max(page, 0);
        model.addAttribute("result", audit.search(AuditQuery.ofDays(eventType, user, fromDay, toDay, wanted, SIZE)));
        model.addAttribute("types", AuditEventType.values());
        model.addAttribute("filter", new Filter(type == null ? "" : type, user == null ? "" : user,
                from == null ? "" : from, to == null ? "" : to));
        model.addAttribute("filterErrors", errors);
        return "pages/admin/audit";
    }

    /** The filter as typed, for the form and the paging links. */
    public record Filter(String type, String user, String from, String to) {
    }

    private static LocalDate day(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "admin.audit.badDay");
            return null;
        }
    }
}
