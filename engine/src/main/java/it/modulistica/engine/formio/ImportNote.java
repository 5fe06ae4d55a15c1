package it.modulistica.engine.formio;

/**
 * One thing of the form.io form the import could not carry over as it was, for the author to see.
 *
 * @param key     the form.io key of the component (or {@code ""} for the form itself)
 * @param type    the form.io component type
 * @param kind    what happened to it
 * @param message why, in Italian, for the author
 */
public record ImportNote(String key, String type, Kind kind, String message) {

    /** What happened to a component or a setting. */
    public enum Kind {
        /** Left out of the module. */
        NOT_CARRIED,
        /** Carried over, but differently from form.io. */
        CHANGED,
        /** JavaScript that was never run: to be rewritten as JSONLogic by the author. */
        SCRIPT
    }
}
