package it.modulistica.engine.instance;

import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.FormDefinition;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The definition each instance was started with, read from the ledger rather than from the forms
 * directory, which may hold a newer version by now. Parsed definitions are kept in memory: a stored
 * version with a given hash never changes.
 */
public final class PinnedDefinitions {

    private final JdbcVersionLedger ledger;
    private final Supplier<DataSources> dataSources;
    private final Map<Key, FormDefinition> cache = new ConcurrentHashMap<>();

    /** @param dataSources the current data sources, which option lists of stored definitions refer to */
    public PinnedDefinitions(JdbcVersionLedger ledger, Supplier<DataSources> dataSources) {
        this.ledger = ledger;
        this.dataSources = dataSources;
    }

    private record Key(UUID formVersionId, PinnedDefinition definition) {
    }

    /**
     * The definition {@code instance} is pinned to.
     *
     * @throws IllegalStateException if the stored version is missing, holds other content than the
     *                               pinned hash, or no longer reads as a valid definition
     */
    public FormDefinition of(Instance instance) {
        return cache.computeIfAbsent(new Key(instance.formVersionId(), instance.definition()), this::load);
    }

    private FormDefinition load(Key key) {
        JdbcVersionLedger.StoredVersion stored = ledger.find(key.formVersionId()).orElseThrow(
                () -> new IllegalStateException("Definition version " + key.formVersionId() + " is not stored"));
        String file = "form_version/" + stored.id();
        DefinitionParser.Result result = new DefinitionParser(Objects.requireNonNull(dataSources.get(), "dataSources"))
                .parse(file, null, stored.content());
        FormDefinition definition = result.definition().orElseThrow(() -> new IllegalStateException(
                "Stored definition " + stored.definition().code() + "@" + stored.definition().version()
                        + " does not read as a valid definition: " + result.problems().stream()
                                .map(Object::toString).collect(Collectors.joining("; "))));
        if (!key.definition().matches(definition)) {
            throw new IllegalStateException("Stored definition " + file + " is " + PinnedDefinition.of(definition)
                    + ", not the pinned " + key.definition());
        }
        return definition;
    }
}
