package it.modulistica.app.audit;

/** What an audit event records. */
public enum AuditEventType {
    /** A sign-in attempt, successful or not, with its method (form, basic). */
    SIGN_IN,
    /** An account locked by too many failed passwords in a row. */
    LOCKOUT,
    /** A request refused because the caller may not see its target (answered 404). */
    ACCESS_REFUSED,
    /** An instance read by someone other than its owner (an operator, or a member it is shared with). */
    INSTANCE_READ,
    /** A change made by an administrator. */
    ADMIN_CHANGE,
    /** Data exported. */
    EXPORT
}
