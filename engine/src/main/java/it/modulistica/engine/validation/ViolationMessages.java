package it.modulistica.engine.validation;

import java.util.Locale;

/** Resolves the message of a violation in a language: Italian by default, English too. */
public final class ViolationMessages {

    public String message(Violation violation, Locale locale) {
        throw new UnsupportedOperationException("being written");
    }
}
