package it.modulistica.engine.backoffice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order of the back-office lists, written {@code sentAt} (ascending) or {@code -sentAt}
 * (descending); ties are broken by the instance id, so paging is stable. Missing values count as
 * the largest (last ascending, first descending), as in a PostgreSQL index, so one index on
 * {@code (form_code, column, id)} serves both directions and the keyset condition of the next page.
 */
public record OperatorSort(Key key, boolean descending) {

    /** The newest sent first. */
    public static final OperatorSort NEWEST = new OperatorSort(Key.SENT_AT, true);

    /** What the list can be sorted by, with its name in the API and its column. */
    public enum Key {
        NUMBER("number", "i.number"),
        SENT_AT("sentAt", "i.sent_at"),
        STATE("state", "i.state"),
        ORGANISATION("organisation", "i.organisation"),
        DECLARANT("declarant", "i.declarant_name");

        private final String apiName;
        private final String column;

        Key(String apiName, String column) {
            this.apiName = apiName;
            this.column = column;
        }

        public String apiName() {
            return apiName;
        }

        String column() {
            return column;
        }
    }

    /** The sort written as {@code key} or {@code -key}; empty for an unknown key. */
    public static Optional<OperatorSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NEWEST);
        }
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        return Arrays.stream(Key.values()).filter(key -> key.apiName.equals(name)).findFirst()
                .map(key -> new OperatorSort(key, descending));
    }

    /** As {@link #parse} reads it. */
    public String text() {
        return (descending ? "-" : "") + key.apiName;
    }

    String orderBy() {
        return orderBy(descending);
    }

    /** The order clause in the direction given; nulls are named because H2 and PostgreSQL disagree. */
    String orderBy(boolean downwards) {
        return key.column + (downwards ? " desc nulls first" : " asc nulls last") + ", i.id" + (downwards ? " desc"
                : " asc");
    }

    /** The cursor of a listed instance. */
    OperatorCursor cursorOf(OperatorSummary summary) {
        String value = switch (key) {
            case NUMBER -> summary.number();
            case SENT_AT -> summary.sentAt() == null ? null : summary.sentAt().toString();
            case STATE -> summary.state();
            case ORGANISATION -> summary.organisation();
            case DECLARANT -> summary.declarantName();
        };
        return new OperatorCursor(text(), value, summary.id());
    }

    /**
     * The conditions of the instances after {@code cursor} in the direction given, one for each
     * part of the list read in turn: those with a value (row comparisons on the sort column and the
     * id) and those without one (on the id), which come last ascending and first descending. Each is
     * a range of the index on {@code (form_code, column, id)}; an "or" of the two would make the
     * database walk the list from its start. The cursor's values go into {@code params}.
     */
    List<String> after(OperatorCursor cursor, boolean downwards, Map<String, Object> params) {
        params.put("cursorId", cursor.id());
        if (cursor.value() == null) {
            return downwards ? List.of(key.column + " is null and i.id < :cursorId", key.column + " is not null")
                    : List.of(key.column + " is null and i.id > :cursorId");
        }
        params.put("cursorValue", key == Key.SENT_AT
                ? Instant.parse(cursor.value()).atOffset(ZoneOffset.UTC) : cursor.value());
        return downwards ? List.of("(" + key.column + ", i.id) < (:cursorValue, :cursorId)")
                : List.of("(" + key.column + ", i.id) > (:cursorValue, :cursorId)", key.column + " is null");
    }
}
