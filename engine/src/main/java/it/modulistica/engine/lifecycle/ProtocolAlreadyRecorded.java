package it.modulistica.engine.lifecycle;

import java.util.UUID;

/**
 * The instance already has another protocol number and date: they are recorded once, and only an
 * administrator correcting them with a reason may change them.
 */
public final class ProtocolAlreadyRecorded extends RuntimeException {

    private final transient ProtocolEntry recorded;

    public ProtocolAlreadyRecorded(UUID id, ProtocolEntry recorded) {
        super("L'istanza " + id + " ha già il " + recorded.label()
                + ": può cambiarlo solo un amministratore, indicando il motivo della correzione");
        this.recorded = recorded;
    }

    public ProtocolEntry recorded() {
        return recorded;
    }
}
