package it.modulistica.app.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A category, user or organisation the admin named does not exist: 404 in the API and on the pages. */
final class NotFound extends ResponseStatusException {

    private NotFound(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }

    static NotFound category(String code) {
        return new NotFound("La categoria " + code + " non esiste");
    }

    static NotFound user(String username) {
        return new NotFound("L'utente " + username + " non esiste");
    }

    static NotFound grant(long id) {
        return new NotFound("Il ruolo " + id + " non è assegnato all'utente");
    }

    static NotFound organisation(String code) {
        return new NotFound("L'ente " + code + " non esiste");
    }
}
