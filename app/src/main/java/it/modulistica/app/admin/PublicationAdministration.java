package it.modulistica.app.admin;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.window.ModulePublications;
import it.modulistica.engine.window.PublicationChange;
import it.modulistica.engine.window.PublicationStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes, suspends (with the reason users read) and retires modules, checked and audited. */
@Service
public class PublicationAdministration {

    private final FormCatalog catalog;
    private final ModulePublications publications;
    private final AuditLog audit;

    PublicationAdministration(FormCatalog catalog, ModulePublications publications, AuditLog audit) {
        this.catalog = catalog;
        this.publications = publications;
        this.audit = audit;
    }

    /** A publication change as an admin asks for it: {@code status} PUBLISHED, SUSPENDED or RETIRED. */
    public record PublicationForm(String status, String reason) {
    }

    @Transactional
    public PublicationChange change(String formCode, PublicationForm form, String admin) {
        catalog.find(formCode).orElseThrow(() -> new ModuleNotFound(formCode));
        RequestChecks checks = new RequestChecks();
        PublicationStatus status = null;
        if (form.status() == null || form.status().isBlank()) {
            checks.add("/status", "required");
        } else if (Arrays.stream(PublicationStatus.values()).noneMatch(s -> s.name().equals(form.status()))) {
            checks.add("/status", "enum");
        } else {
            status = PublicationStatus.valueOf(form.status());
        }
        String reason = status == PublicationStatus.SUSPENDED
                ? checks.required("/reason", form.reason(), 1000)
                : checks.optional("/reason", form.reason(), 1000);
        checks.throwIfAny();
        PublicationChange change = publications.change(formCode, status, reason, admin);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", status.name().toLowerCase(Locale.ROOT));
        details.put("reason", reason);
        audit.record(AuditEventType.PUBLICATION_CHANGE, admin, "form:" + formCode, AuditOutcome.SUCCESS, details);
        return change;
    }
}
