package it.modulistica.workflow;

/**
 * What the actor gives with an action: a note (none, optional or required), attachments, an issued
 * document ("atto").
 */
public record ActionInput(NoteInput note, boolean attachments, boolean issuedDocument) {

    public static final ActionInput NOTHING = new ActionInput(NoteInput.NONE, false, false);
}
