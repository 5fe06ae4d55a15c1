package it.modulistica.engine.window;

/** Whether users may compile a module, as an admin decided. */
public enum PublicationStatus {
    /** In the catalogue and compilable within its window. The state of a module no admin has changed. */
    PUBLISHED,
    /** In the catalogue with the reason, not compilable: no new instance, no draft saved, nothing sent. */
    SUSPENDED,
    /** Out of the catalogue and not compilable; its instances stay readable. */
    RETIRED
}
