package it.modulistica.engine.backoffice;

import java.util.Arrays;
import java.util.Optional;

/**
 * An order of the back-office lists, written {@code sentAt} (ascending) or {@code -sentAt}
 * (descending); ties are broken by the instance id, so paging is stable.
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
        String direction = descending ? " desc" : " asc";
        // Nulls last either way, written portably: H2 and PostgreSQL disagree on the default.
        return "case when " + key.column + " is null then 1 else 0 end, " + key.column + direction + ", i.id"
                + direction;
    }
}
