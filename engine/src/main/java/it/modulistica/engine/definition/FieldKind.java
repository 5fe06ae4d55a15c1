package it.modulistica.engine.definition;

/** What a node of a form definition is in the wizard. */
public enum FieldKind {
    /** A JSON object: a step at the top level, a section below it. */
    SECTION,
    /** An array of objects: a repeatable group of rows ("Aggiungi utente"). */
    GROUP,
    /** A value the user enters: string, number, integer, boolean, or an array of scalars. */
    VALUE,
    /** Read-only text shown to the user (a privacy notice); it holds no data. */
    INFO
}
