package it.modulistica.app.audit;

/** How the recorded attempt ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    REFUSED
}
