package it.modulistica.engine.validation;

/** How much a check demands of the data. */
public enum ValidationLevel {
    /**
     * A draft being compiled: types, maximum lengths, maximum counts and unknown keys are checked, so
     * nothing typed is lost and nothing malformed is stored; missing and incomplete values are fine.
     */
    DRAFT,
    /** Data ready to move on: everything the definition requires. */
    COMPLETE
}
