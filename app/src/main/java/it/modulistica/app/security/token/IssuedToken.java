package it.modulistica.app.security.token;

/**
 * A token just issued: the secret {@code token} to put in {@code Authorization: Bearer ...}, shown
 * this once and stored nowhere, and its details.
 */
public record IssuedToken(String token, ApiToken details) {
}
