package it.modulistica.engine.lifecycle;

import java.util.UUID;

/**
 * Another request changed the instance while this one was working on it, and won; this one changed
 * nothing. Trying again sees the other's result.
 */
public final class ConcurrentModification extends RuntimeException {

    private final UUID id;

    public ConcurrentModification(UUID id, Throwable cause) {
        super("L'istanza è stata modificata nello stesso momento da un'altra richiesta: riprovare", cause);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
