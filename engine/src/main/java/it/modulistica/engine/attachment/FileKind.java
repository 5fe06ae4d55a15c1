package it.modulistica.engine.attachment;

/** Why a file is kept with an instance. */
public enum FileKind {
    /** Uploaded by the compiler into a file field of the data. */
    FIELD,
    /** Given with a workflow action ("allegati" of an integration, say). */
    ACTION,
    /** The act issued by the office with an action ("atto"), uploaded or generated. */
    ISSUED_DOCUMENT
}
