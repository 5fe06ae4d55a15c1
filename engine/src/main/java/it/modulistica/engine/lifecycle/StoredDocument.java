package it.modulistica.engine.lifecycle;

import java.time.Instant;

/**
 * A document kept with an instance, such as its receipt, with the SHA-256 of its bytes.
 *
 * @param kind     {@code RECEIPT} for the receipt printed at sending
 * @param fileName the name it is downloaded under
 */
public record StoredDocument(String kind, String mediaType, String fileName, byte[] content, String sha256,
        Instant createdAt) {
}
