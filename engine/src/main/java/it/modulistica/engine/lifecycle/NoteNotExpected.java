package it.modulistica.engine.lifecycle;

/** A note was written for an action that takes none. */
public final class NoteNotExpected extends RuntimeException {

    private final String action;

    public NoteNotExpected(String action, String label) {
        super("L'azione «" + label + "» non prevede una nota");
        this.action = action;
    }

    public String action() {
        return action;
    }
}
