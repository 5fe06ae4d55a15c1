package it.modulistica.app.notices;

import it.modulistica.app.admin.RequestChecks;
import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.catalog.Categories;
import it.modulistica.engine.definition.FormCatalog;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admins' notices, checked member by member (every wrong member at once, nothing written) and
 * audited ({@code ADMIN_CHANGE}, target {@code notice:<id>}). The API and the pages both call it.
 */
@Service
public class NoticeAdministration {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20000;

    private final Notices notices;
    private final Categories categories;
    private final FormCatalog catalog;
    private final AuditLog audit;

    NoticeAdministration(Notices notices, Categories categories, FormCatalog catalog, AuditLog audit) {
        this.notices = notices;
        this.categories = categories;
        this.catalog = catalog;
        this.audit = audit;
    }

    /**
     * What an admin writes: times as {@code 2023-10-18T12:00} in Europe/Rome, {@code to} optional;
     * at most one of {@code category} and {@code form}, neither for the whole platform.
     */
    public record NoticeForm(String title, String text, String from, String to, String category, String form) {
    }

    @Transactional
    public Notice create(NoticeForm form, String admin) {
        NoticeContent content = check(form);
        long id = notices.insert(content, admin);
        record(admin, id, "create", content);
        return find(id);
    }

    @Transactional
    public Notice update(long id, NoticeForm form, String admin) {
        find(id);
        NoticeContent content = check(form);
        notices.update(id, content, admin);
        record(admin, id, "update", content);
        return find(id);
    }

    @Transactional
    public void delete(long id, String admin) {
        Notice notice = find(id);
        notices.delete(id);
        audit.record(AuditEventType.ADMIN_CHANGE, admin, "notice:" + id, AuditOutcome.SUCCESS,
                Map.of("action", "notice-delete", "title", notice.title()));
    }

    public Notice find(long id) {
        return notices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "L'avviso " + id + " non esiste"));
    }

    private NoticeContent check(NoticeForm form) {
        RequestChecks checks = new RequestChecks();
        String title = checks.required("/title", form.title(), TITLE_MAX);
        String body = checks.required("/text", form.text(), TEXT_MAX);
        LocalDateTime from = time(checks, "/from", form.from());
        if (from == null && !checks.hasErrorAt("/from")) {
            checks.add("/from", "required");
        }
        LocalDateTime to = time(checks, "/to", form.to());
        if (from != null && to != null && !to.isAfter(from)) {
            checks.add("/to", "noticeEndBeforeStart");
        }
        String category = checks.optional("/category", form.category(), 64);
        String module = checks.optional("/form", form.form(), 100);
        if (category != null && module != null) {
            checks.add("/form", "noticeOneScope");
        }
        if (category != null && categories.find(category).isEmpty()) {
            checks.add("/category", "unknownCategory");
        }
        if (module != null && catalog.find(module).isEmpty()) {
            checks.add("/form", "unknownModule");
        }
        checks.throwIfAny();
        return new NoticeContent(title, body, from, to, category, module);
    }

    /** A {@code datetime-local} value, Europe/Rome; {@code null} when empty or wrong (then an error). */
    static LocalDateTime time(RequestChecks checks, String pointer, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.add(pointer, "format.date-time");
            return null;
        }
    }

    private void record(String admin, long id, String action, NoticeContent content) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", "notice-" + action);
        details.put("title", content.title());
        details.put("from", content.from().toString());
        details.put("to", content.to() == null ? null : content.to().toString());
        details.put("category", content.category());
        details.put("form", content.form());
        audit.record(AuditEventType.ADMIN_CHANGE, admin, "notice:" + id, AuditOutcome.SUCCESS, details);
    }
}
