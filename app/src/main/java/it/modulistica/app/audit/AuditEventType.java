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
    /** A change made by an administrator to a module's window (extension, unlock). */
    ADMIN_CHANGE,
    /** A category created, renamed, restyled or moved, or a module assigned to a category. */
    CATEGORY_CHANGE,
    /** A module published, suspended or retired. */
    PUBLICATION_CHANGE,
    /** A user created, enabled or disabled, a role granted or revoked, a membership added or removed. */
    USER_CHANGE,
    /** An organisation created or edited. */
    ORGANISATION_CHANGE,
    /** Data exported. */
    EXPORT,
    /** An API token issued or revoked (target {@code token:<id>}). */
    API_TOKEN,
    /** A protocol number recorded or corrected for an instance. */
    PROTOCOL_CHANGE,
    /** Registration deliveries in error sent again by an operator. */
    REGISTRATION_RETRY
}
