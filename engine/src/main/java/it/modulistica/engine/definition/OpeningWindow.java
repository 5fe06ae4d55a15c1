package it.modulistica.engine.definition;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a module may be compiled, as local date-times in Europe/Rome. Either end may be open
 * ({@code null}). Extensions and per-organisation unlocks are stored outside the definition.
 */
public record OpeningWindow(LocalDateTime opens, LocalDateTime closes) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    public static final OpeningWindow ALWAYS = new OpeningWindow(null, null);

    public boolean isOpenAt(ZonedDateTime when) {
        LocalDateTime local = when.withZoneSameInstant(ZONE).toLocalDateTime();
        return (opens == null || !local.isBefore(opens)) && (closes == null || local.isBefore(closes));
    }
}
