package it.modulistica.app.security.token;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such token of that user, or no such user: 404. */
final class TokenNotFound extends ResponseStatusException {

    private TokenNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }

    static TokenNotFound token(String id) {
        return new TokenNotFound("Il token " + id + " non esiste");
    }

    static TokenNotFound user(String username) {
        return new TokenNotFound("L'utente " + username + " non esiste");
    }
}
