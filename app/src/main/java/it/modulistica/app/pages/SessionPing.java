package it.modulistica.app.pages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code GET /sessione}: "Rimani collegato" calls it so the session counts as used again; an expired
 * session is sent to the sign-in page instead, as any page would be.
 */
@Controller
class SessionPing {

    @GetMapping("/sessione")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void stay() {
        // The request itself renews the session: nothing else to do.
    }
}
