package it.modulistica.app.security.token;

import java.time.Instant;

/**
 * A token as its owner and the admins see it: never the secret, which is shown only once, when the
 * token is issued.
 *
 * @param id the token's public id, the part after {@code mdl_}
 * @param module the one module the token is limited to, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 */
public record ApiToken(String id, String username, String name, String module, Instant createdAt, String createdBy,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    /** Whether the token signs in at this time: neither revoked nor expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
