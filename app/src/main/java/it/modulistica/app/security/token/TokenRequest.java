package it.modulistica.app.security.token;

import java.time.OffsetDateTime;

/**
 * A token to issue: a name saying what it is for, when it expires (default
 * {@link ApiTokens#DEFAULT_VALIDITY} from now, at most {@link ApiTokens#MAX_VALIDITY}) and, for a
 * service account only, the one module it is limited to.
 */
public record TokenRequest(String name, OffsetDateTime expiresAt, String module) {
}
