package it.modulistica.engine.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a back-office list starts or ends (keyset paging): the sort it belongs to and the
 * sort value and id of the instance next to it, written as an opaque URL-safe token.
 *
 * @param sort  the sort, as {@link OperatorSort#text()}
 * @param value the instance's value of the sort key as text, {@code null} when it has none
 * @param id    the instance's id, which breaks ties
 */
public record OperatorCursor(String sort, String value, UUID id) {

    /** The token of this cursor. */
    public String token() {
        String text = sort + "\n" + (value == null ? "-" : "+" + value) + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for; empty when it is not one. */
    public static Optional<OperatorCursor> parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || parts[1].isEmpty() || "+-".indexOf(parts[1].charAt(0)) < 0
                    || OperatorSort.parse(parts[0]).isEmpty()) {
                return Optional.empty();
            }
            if (parts[1].startsWith("+") && OperatorSort.parse(parts[0]).get().key() == OperatorSort.Key.SENT_AT) {
                Instant.parse(parts[1].substring(1));
            }
            return Optional.of(new OperatorCursor(parts[0], parts[1].startsWith("-") ? null : parts[1].substring(1),
                    UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | DateTimeParseException notAToken) {
            return Optional.empty();
        }
    }
}
