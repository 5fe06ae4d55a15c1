package it.modulistica.app.api;

import java.io.IOException;

/** A JSON request body longer than {@code modulistica.api.max-json-body}; thrown while it is read. */
final class JsonBodyTooLarge extends IOException {

    private final long limit;

    JsonBodyTooLarge(long limit) {
        super("JSON body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
