package it.modulistica.app.mail;

/** Where e-mails go: an SMTP server, or the local mailbox kept in the database. */
interface MailTransport {

    /** What a transport can tell about an earlier hand-over whose outcome was not recorded. */
    enum Knowledge { DELIVERED, NOT_DELIVERED, UNKNOWN }

    /**
     * Hands the mail over.
     *
     * @throws DeliveryFailed when it was not accepted; it may be tried again
     */
    void send(OutgoingMail mail);

    /** Whether the mail with this Message-ID was accepted earlier. */
    Knowledge knows(String messageId);

    /** A short name for the log and the status. */
    String name();

    /** Lets go of what the transport keeps open between hand-overs and no longer needs; called when idle. */
    default void closeIdle() {
    }

    /** A hand-over that did not succeed and can be tried again. */
    final class DeliveryFailed extends RuntimeException {

        DeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
