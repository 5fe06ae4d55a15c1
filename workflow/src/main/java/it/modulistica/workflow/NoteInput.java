package it.modulistica.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether the actor writes a note with an action. */
public enum NoteInput {
    NONE, OPTIONAL, REQUIRED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoteInput> fromJsonName(String name) {
        return Arrays.stream(values()).filter(n -> n.jsonName().equals(name)).findFirst();
    }
}
