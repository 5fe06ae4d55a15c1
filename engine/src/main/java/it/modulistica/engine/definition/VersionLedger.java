package it.modulistica.engine.definition;

import java.util.Optional;

/**
 * The record of every definition version the platform has published. A version is immutable once
 * instances use it: publishing other content under the same code and version is refused, and the
 * stored content stays in force.
 */
public interface VersionLedger {

    /**
     * Records {@code definition} as published.
     *
     * @return accepted, or refused with the content stored for that version and the reason
     */
    Decision record(FormDefinition definition);

    /**
     * The content of the version of a module published last, to keep it published while a newer
     * file of the module is broken; empty when none was ever published (or the ledger keeps nothing).
     */
    default Optional<String> lastPublished(String code) {
        return Optional.empty();
    }

    /** The ledger's answer; {@code storedContent} and {@code reason} are set only when refused. */
    record Decision(boolean accepted, String storedContent, String reason) {

        public static Decision accept() {
            return new Decision(true, null, null);
        }

        public static Decision refuse(String storedContent, String reason) {
            return new Decision(false, storedContent, reason);
        }
    }

    /** A ledger that accepts everything and keeps nothing: for tools and tests without a database. */
    VersionLedger NONE = definition -> Decision.accept();
}
