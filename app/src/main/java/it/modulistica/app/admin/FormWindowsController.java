package it.modulistica.app.admin;

import it.modulistica.app.api.InvalidRequest;
import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.window.OpeningWindows;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/forms/{code}/window}: the window in force, and the two changes an admin records
 * (times are local to Europe/Rome): an extension of the closing time ("proroga") with its reason,
 * and an unlock of the module for one organisation.
 */
@RestController
@RequestMapping(path = "/api/admin/forms/{code}/window", produces = MediaType.APPLICATION_JSON_VALUE)
class FormWindowsController {

    private final FormCatalog catalog;
    private final OpeningWindows windows;
    private final AuditLog audit;

    FormWindowsController(FormCatalog catalog, OpeningWindows windows, AuditLog audit) {
        this.catalog = catalog;
        this.windows = windows;
        this.audit = audit;
    }

    /** An extension of the closing time, with its reason. */
    record Extension(LocalDateTime closes, String reason) {
    }

    /** An unlock for one organisation, until a time or ({@code until} null) without end. */
    record Unlock(String organisation, LocalDateTime until, String reason) {
    }

    @GetMapping
    OpeningWindow window(@PathVariable String code) {
        return windows.effective(find(code));
    }

    @PostMapping(path = "/extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    OpeningWindow extend(@PathVariable String code, @RequestBody Extension extension, Authentication admin) {
        FormDefinition definition = find(code);
        List<InvalidRequest.Error> errors = new ArrayList<>();
        if (extension.closes() == null) {
            errors.add(InvalidRequest.required("/closes"));
        }
        requireReason(extension.reason(), errors);
        InvalidRequest.throwIfAny(errors);
        windows.extend(code, extension.closes(), extension.reason().strip(), admin.getName());
        audit.record(AuditEventType.ADMIN_CHANGE, admin.getName(), "form:" + code, AuditOutcome.SUCCESS,
                Map.of("action", "window-extension", "closes", extension.closes().toString(),
                        "reason", extension.reason().strip()));
        return windows.effective(definition);
    }

    @PostMapping(path = "/unlocks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void unlock(@PathVariable String code, @RequestBody Unlock unlock, Authentication admin) {
        find(code);
        List<InvalidRequest.Error> errors = new ArrayList<>();
        if (unlock.organisation() == null || unlock.organisation().isBlank()) {
            errors.add(InvalidRequest.required("/organisation"));
        }
        requireReason(unlock.reason(), errors);
        InvalidRequest.throwIfAny(errors);
        windows.unlock(code, unlock.organisation().strip(), unlock.until(), unlock.reason().strip(), admin.getName());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", "window-unlock");
        details.put("organisation", unlock.organisation().strip());
        details.put("until", unlock.until() == null ? null : unlock.until().toString());
        details.put("reason", unlock.reason().strip());
        audit.record(AuditEventType.ADMIN_CHANGE, admin.getName(), "form:" + code, AuditOutcome.SUCCESS, details);
    }

    private static void requireReason(String reason, List<InvalidRequest.Error> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(InvalidRequest.required("/reason"));
        }
    }

    private FormDefinition find(String code) {
        return catalog.find(code).orElseThrow(() -> new ModuleNotFound(code));
    }
}
