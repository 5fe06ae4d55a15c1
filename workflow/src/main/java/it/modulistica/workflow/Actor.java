package it.modulistica.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who performs an action: the instance's owner, an operator of the receiving office, or the platform. */
public enum Actor {
    OWNER, OPERATOR, SYSTEM;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Actor> fromJsonName(String name) {
        return Arrays.stream(values()).filter(a -> a.jsonName().equals(name)).findFirst();
    }
}
