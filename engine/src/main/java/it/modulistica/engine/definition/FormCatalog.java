package it.modulistica.engine.definition;

import java.util.List;
import java.util.Optional;

/**
 * The published modules of a forms directory, the data sources and the problems of the definitions
 * that were refused. Reloads when files change.
 */
public final class FormCatalog {

    public FormCatalog(FormSource source, VersionLedger ledger) {
    }

    /** Rescans the source if any file was added, changed or removed since the last scan. */
    public void refreshIfChanged() {
        throw new UnsupportedOperationException("being written");
    }

    public List<FormDefinition> published() {
        throw new UnsupportedOperationException("being written");
    }

    public Optional<FormDefinition> find(String code) {
        throw new UnsupportedOperationException("being written");
    }

    public List<DefinitionProblem> problems() {
        throw new UnsupportedOperationException("being written");
    }

    public DataSources dataSources() {
        throw new UnsupportedOperationException("being written");
    }
}
