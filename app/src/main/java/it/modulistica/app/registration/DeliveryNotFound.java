package it.modulistica.app.registration;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No registration event with this id belongs to the module named: 404 in the API and on the pages. */
final class DeliveryNotFound extends ResponseStatusException {

    DeliveryNotFound(UUID eventId, String formCode) {
        super(HttpStatus.NOT_FOUND, "L'evento di protocollazione " + eventId + " del modulo " + formCode + " non esiste");
    }
}
