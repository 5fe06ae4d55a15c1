package it.modulistica.engine.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test double of {@link VersionLedger} (the real one stores versions in the database, through
 * JDBC), keeping versions in memory with the same contract: the first content recorded for a code
 * and version is kept, and other content under that version is refused with the stored content.
 */
final class InMemoryVersionLedger implements VersionLedger {

    private final Map<String, FormDefinition> stored = new ConcurrentHashMap<>();
    private final List<String> recorded = new ArrayList<>();
    private final Map<String, String> lastByCode = new ConcurrentHashMap<>();

    @Override
    public synchronized Decision record(FormDefinition definition) {
        recorded.add(definition.toString());
        FormDefinition existing = stored.putIfAbsent(definition.code() + "@" + definition.version(), definition);
        if (existing == null || existing.sha256().equals(definition.sha256())) {
            lastByCode.put(definition.code(), definition.content());
            return Decision.accept();
        }
        return Decision.refuse(existing.content(), "La versione " + definition.version() + " di \"" + definition.code()
                + "\" è già pubblicata con un altro contenuto: cambiare la versione");
    }

    @Override
    public Optional<String> lastPublished(String code) {
        return Optional.ofNullable(lastByCode.get(code));
    }

    /** Every {@code code@version} recorded, in order, including refused ones. */
    synchronized List<String> recorded() {
        return List.copyOf(recorded);
    }
}
