package it.modulistica.app.notices;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An avviso as admins wrote it.
 *
 * @param body      Markdown, rendered with raw HTML escaped
 * @param validFrom first moment it is shown, local to Europe/Rome
 * @param validTo   moment it stops being shown; {@code null} until withdrawn
 * @param category  the category it concerns; {@code null} with {@code form} for the whole platform
 * @param form      the module it concerns; {@code null} with {@code category} for the whole platform
 */
public record Notice(long id, String title, String body, LocalDateTime validFrom, LocalDateTime validTo,
        String category, String form, String createdBy, Instant createdAt) {

    public boolean validAt(LocalDateTime now) {
        return !validFrom.isAfter(now) && (validTo == null || validTo.isAfter(now));
    }

    public boolean platformWide() {
        return category == null && form == null;
    }
}
