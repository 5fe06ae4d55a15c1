package it.modulistica.engine.lifecycle;

/** The action asks for a note and none was written. */
public final class NoteRequired extends RuntimeException {

    private final String action;

    public NoteRequired(String action, String label) {
        super("L'azione «" + label + "» richiede una nota");
        this.action = action;
    }

    public String action() {
        return action;
    }
}
