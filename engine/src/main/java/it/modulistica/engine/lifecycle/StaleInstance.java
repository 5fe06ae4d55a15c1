package it.modulistica.engine.lifecycle;

import java.util.UUID;

/** The caller worked on an older version of the instance than the stored one (an If-Match that no longer matches). */
public final class StaleInstance extends RuntimeException {

    private final UUID id;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleInstance(UUID id, long expectedVersion, long currentVersion) {
        super("L'istanza è stata modificata nel frattempo: ricaricarla prima di salvare");
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public UUID id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
