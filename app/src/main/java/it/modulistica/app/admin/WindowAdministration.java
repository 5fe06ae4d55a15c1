package it.modulistica.app.admin;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.window.OpeningWindows;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two window changes an admin records (times local to Europe/Rome), checked and audited: an
 * extension of the closing time ("proroga") with its reason, and an unlock of the module for one
 * organisation. The API and the pages both call it. An extension must close after the window it
 * extends and after now, an unlock must end in the future: a time in the past would close the
 * module for everyone (or for the organisation) without a word.
 */
@Service
public class WindowAdministration {

    private final FormCatalog catalog;
    private final OpeningWindows windows;
    private final OrganisationDirectory organisations;
    private final AuditLog audit;
    private final Clock clock;

    WindowAdministration(FormCatalog catalog, OpeningWindows windows, OrganisationDirectory organisations,
            AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.windows = windows;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** An extension of the closing time, with its reason. */
    public record Extension(LocalDateTime closes, String reason) {
    }

    /** An unlock for one organisation, until a time or ({@code until} null) without end. */
    public record Unlock(String organisation, LocalDateTime until, String reason) {
    }

    @Transactional(readOnly = true)
    public OpeningWindow window(String code) {
        return windows.effective(find(code));
    }

    @Transactional
    public OpeningWindow extend(String code, Extension extension, String admin) {
        FormDefinition definition = find(code);
        RequestChecks checks = new RequestChecks();
        if (extension.closes() == null) {
            checks.add("/closes", "required");
        } else {
            // An extension that closed before the window it extends, or in the past, would silently close the module.
            LocalDateTime current = windows.effective(definition).closes();
            if (current != null && !extension.closes().isAfter(current)) {
                checks.add("/closes", "notAfterCurrentClosing");
            } else if (!extension.closes().isAfter(now())) {
                checks.add("/closes", "notInTheFuture");
            }
        }
        String reason = checks.required("/reason", extension.reason(), 1000);
        checks.throwIfAny();
        windows.extend(code, extension.closes(), reason, admin);
        audit.record(AuditEventType.ADMIN_CHANGE, admin, "form:" + code, AuditOutcome.SUCCESS,
                Map.of("action", "window-extension", "closes", extension.closes().toString(), "reason", reason));
        return windows.effective(definition);
    }

    @Transactional
    public void unlock(String code, Unlock unlock, String admin) {
        find(code);
        RequestChecks checks = new RequestChecks();
        String organisation = checks.required("/organisation", unlock.organisation(), 20);
        if (organisation != null && !checks.hasErrorAt("/organisation") && organisations.find(organisation).isEmpty()) {
            checks.add("/organisation", "unknownOrganisation");
        }
        if (unlock.until() != null && !unlock.until().isAfter(now())) {
            checks.add("/until", "notInTheFuture");
        }
        String reason = checks.required("/reason", unlock.reason(), 1000);
        checks.throwIfAny();
        windows.unlock(code, organisation, unlock.until(), reason, admin);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", "window-unlock");
        details.put("organisation", organisation);
        details.put("until", unlock.until() == null ? null : unlock.until().toString());
        details.put("reason", reason);
        audit.record(AuditEventType.ADMIN_CHANGE, admin, "form:" + code, AuditOutcome.SUCCESS, details);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(OpeningWindow.ZONE));
    }

    private FormDefinition find(String code) {
        return catalog.find(code).orElseThrow(() -> new ModuleNotFound(code));
    }
}
