package it.modulistica.app.admin;

import it.modulistica.app.api.InvalidRequest;
import it.modulistica.engine.validation.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one admin request, member by member, so that every wrong member is
 * reported at once (422 in the API, beside each field on the page) and nothing is written.
 */
public final class RequestChecks {

    private final List<InvalidRequest.Error> errors = new ArrayList<>();

    /** The value stripped; an error when it is blank or longer than {@code max}. */
    public String required(String pointer, String value, int max) {
        if (value == null || value.isBlank()) {
            add(pointer, "required");
            return null;
        }
        return optional(pointer, value, max);
    }

    /** The value stripped, {@code null} when blank; an error when longer than {@code max}. */
    public String optional(String pointer, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            add(pointer, "tooLong");
        }
        return stripped;
    }

    /** An error {@code code} when the value is present and not of the platform's {@code format}. */
    public void format(String pointer, String value, String format, String code) {
        if (value != null && !Formats.accepts(format, value)) {
            add(pointer, code);
        }
    }

    public void add(String pointer, String code) {
        errors.add(new InvalidRequest.Error(pointer, code));
    }

    public boolean hasErrorAt(String pointer) {
        return errors.stream().anyMatch(error -> error.pointer().equals(pointer));
    }

    /** @throws InvalidRequest with every error collected, when there is one */
    public void throwIfAny() {
        InvalidRequest.throwIfAny(errors);
    }
}
