package it.modulistica.engine.lifecycle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of "Le mie istanze" starts or ends (keyset paging): the creation time and id of the
 * instance next to it, in the list's order (newest first, the id breaking ties), written as an
 * opaque URL-safe token.
 */
public record InstanceCursor(Instant createdAt, UUID id) {

    /** The token of this cursor. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for; empty when it is not one. */
    public static Optional<InstanceCursor> parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            return parts.length != 2 ? Optional.empty()
                    : Optional.of(new InstanceCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (IllegalArgumentException | DateTimeParseException notAToken) {
            return Optional.empty();
        }
    }

    static InstanceCursor of(InstanceSummary summary) {
        return new InstanceCursor(summary.createdAt(), summary.id());
    }
}
