package it.modulistica.engine.window;

import java.time.Instant;
import java.util.Objects;

/**
 * One publication change of a module, as recorded: the status it set, the reason (shown to users
 * for a suspension; {@code null} when none was given), who made it and when.
 */
public record PublicationChange(String formCode, PublicationStatus status, String reason, String changedBy,
        Instant changedAt) {

    public PublicationChange {
        Objects.requireNonNull(formCode, "formCode");
        Objects.requireNonNull(status, "status");
    }

    /** The state of a module no admin has changed: published, by no one. */
    public static PublicationChange initial(String formCode) {
        return new PublicationChange(formCode, PublicationStatus.PUBLISHED, null, null, null);
    }

    public boolean compilable() {
        return status == PublicationStatus.PUBLISHED;
    }
}
