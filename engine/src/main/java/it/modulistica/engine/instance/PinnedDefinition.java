package it.modulistica.engine.instance;

import it.modulistica.engine.definition.FormDefinition;
import java.util.Objects;

/**
 * The exact definition an instance was started with: module code, version and the hash of its
 * canonical content. An instance keeps it for life, whatever is published later.
 */
public record PinnedDefinition(String code, String version, String sha256) {

    public PinnedDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static PinnedDefinition of(FormDefinition definition) {
        return new PinnedDefinition(definition.code(), definition.version(), definition.sha256());
    }

    /** Whether {@code definition} is the one pinned, content included. */
    public boolean matches(FormDefinition definition) {
        return code.equals(definition.code()) && version.equals(definition.version())
                && sha256.equals(definition.sha256());
    }
}
