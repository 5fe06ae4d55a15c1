package it.modulistica.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A condition the platform checks before an action: the data complete and valid
 * ({@code data-valid}), the module's opening window open for the instance ({@code window-open}).
 */
public enum Guard {
    DATA_VALID, WINDOW_OPEN;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Guard> fromJsonName(String name) {
        return Arrays.stream(values()).filter(g -> g.jsonName().equals(name)).findFirst();
    }
}
