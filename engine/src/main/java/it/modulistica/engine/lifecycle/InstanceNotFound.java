package it.modulistica.engine.lifecycle;

import java.util.UUID;

/**
 * No instance with this id exists for the caller: it does not exist, is deleted, or the caller is
 * neither its owner nor an operator of its module. The three are not told apart on purpose.
 */
public final class InstanceNotFound extends RuntimeException {

    private final UUID id;

    public InstanceNotFound(UUID id) {
        super("L'istanza " + id + " non esiste");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
