package it.modulistica.workflow;

/** Whether the actor writes a note with an action. */
public enum NoteInput {
    NONE, OPTIONAL, REQUIRED
}
