package it.modulistica.engine.lifecycle;

import java.util.UUID;

/**
 * The instance's data may not be changed, or the instance deleted, in its state or by this caller;
 * the message says why, in Italian.
 */
public final class NotEditable extends RuntimeException {

    static final String SENT = "Il modulo inviato non può essere modificato";
    static final String NOT_OWNER = "Solo chi compila il modulo può modificarlo";
    static final String NOT_A_DRAFT = "Solo un modulo in bozza può essere eliminato";
    static final String FILES_FROZEN = "I file di un modulo inviato non si possono aggiungere né eliminare";
    static final String NOT_SENT = "Il numero di protocollo si registra solo per un modulo inviato";
    static final String FILE_OF_ACTION = "I file dati con un'azione fanno parte dello storico e non si eliminano";

    private final UUID id;

    NotEditable(UUID id, String message) {
        super(message);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
