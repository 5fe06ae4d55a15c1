package it.modulistica.app.admin;

import it.modulistica.engine.definition.OpeningWindow;
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
 * and an unlock of the module for one organisation. The recorded changes, with who and when, are
 * in {@code GET /api/admin/forms/{code}}.
 */
@RestController
@RequestMapping(path = "/api/admin/forms/{code}/window", produces = MediaType.APPLICATION_JSON_VALUE)
class FormWindowsController {

    private final WindowAdministration windows;

    FormWindowsController(WindowAdministration windows) {
        this.windows = windows;
    }

    @GetMapping
    OpeningWindow window(@PathVariable String code) {
        return windows.window(code);
    }

    @PostMapping(path = "/extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    OpeningWindow extend(@PathVariable String code, @RequestBody WindowAdministration.Extension extension,
            Authentication admin) {
        return windows.extend(code, extension, admin.getName());
    }

    @PostMapping(path = "/unlocks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void unlock(@PathVariable String code, @RequestBody WindowAdministration.Unlock unlock, Authentication admin) {
        windows.unlock(code, unlock, admin.getName());
    }
}
