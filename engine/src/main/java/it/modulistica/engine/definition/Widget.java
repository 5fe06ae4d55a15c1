package it.modulistica.engine.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a value field is shown. Inferred from type, format and options unless the definition sets
 * {@code x-widget}.
 */
public enum Widget {
    TEXT, TEXTAREA, SELECT, RADIO, CHECKBOX, DATE, EMAIL, TEL, NUMBER, FILE, INFO;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Widget> fromJsonName(String name) {
        return Arrays.stream(values()).filter(w -> w.jsonName().equals(name)).findFirst();
    }
}
