package it.modulistica.engine.definition;

import it.modulistica.workflow.WorkflowDefinition;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published modules of a form source, the data sources and the problems of the files that
 * were refused.
 *
 * <p>A load reads the data sources first (a malformed data file is a problem of that file, and the
 * definitions using it then name an unknown source), then parses every definition, collecting all
 * problems. Definitions sharing a code are all refused. Each definition is recorded in the
 * {@link VersionLedger}; when the ledger refuses it, the problem is reported at
 * {@code /x-module/version} and the content stored for that version is published instead, if it
 * still reads without problems. A broken file never keeps the other modules out.
 *
 * <p>The first load happens in the constructor; {@link #refreshIfChanged()} reloads when the
 * source's fingerprint changed, and is meant to be called every few seconds. Readers always see one
 * whole load: the result is swapped in atomically. Safe for use by several threads.
 */
public final class FormCatalog {

    private static final Logger log = LoggerFactory.getLogger(FormCatalog.class);

    private final FormSource source;
    private final CatalogLoader loader;
    private volatile CatalogSnapshot snapshot;

    /**
     * Loads the source once.
     *
     * @throws java.io.UncheckedIOException if the source cannot be listed
     */
    public FormCatalog(FormSource source, VersionLedger ledger) {
        this.source = Objects.requireNonNull(source, "source");
        this.loader = new CatalogLoader(MetaSchema.load(), Objects.requireNonNull(ledger, "ledger"));
        this.snapshot = load();
    }

    /**
     * Reloads the source if any file was added, changed or removed since the last load. When the
     * source or the ledger fails, the exception is thrown and the current modules stay published.
     *
     * @return whether it reloaded
     */
    public synchronized boolean refreshIfChanged() {
        if (source.fingerprint().equals(snapshot.fingerprint())) {
            return false;
        }
        snapshot = load();
        return true;
    }

    /** The published modules, by category and then title. */
    public List<FormDefinition> published() {
        return snapshot.published();
    }

    /** The published module with this code. */
    public Optional<FormDefinition> find(String code) {
        return Optional.ofNullable(snapshot.byCode().get(code));
    }

    /** The problems of the last load, by file; empty when every file was published as written. */
    public List<DefinitionProblem> problems() {
        return snapshot.problems();
    }

    /**
     * The examples a published module brings ({@code <code>/examples/{valid,valid-draft,invalid}/*.json}),
     * in path order; empty for a module without examples.
     */
    public List<FormSource.SourceFile> examples(String code) {
        return snapshot.examples().getOrDefault(code, List.of());
    }

    /** The data sources of the last load. */
    public DataSources dataSources() {
        return snapshot.dataSources();
    }

    private CatalogSnapshot load() {
        CatalogSnapshot loaded = loader.load(source.list());
        loaded.problems().forEach(problem -> log.warn("Form definition problem: {}", problem));
        log.info("Loaded {}: {} module(s) published [{}], {} workflow(s) [{}], {} data source(s), {} problem(s)",
                source, loaded.published().size(),
                loaded.published().stream().map(FormDefinition::toString).collect(Collectors.joining(", ")),
                loaded.workflows().size(), String.join(", ", new java.util.TreeSet<>(loaded.workflows().keySet())),
                loaded.dataSources().names().size(), loaded.problems().size());
        return loaded;
    }

    /** A workflow of the source that loaded without problems, by code. */
    public Optional<WorkflowDefinition> workflow(String code) {
        return Optional.ofNullable(snapshot.workflows().get(code));
    }

    /** Every workflow that loaded without problems, by code. */
    public Map<String, WorkflowDefinition> workflows() {
        return snapshot.workflows();
    }

    /** The receipt template a published module brings ({@code forms/<code>/receipt.ftlh}), if any. */
    public Optional<String> receiptTemplate(String code) {
        return template(code, SourceText.RECEIPT_TEMPLATE);
    }

    /**
     * The e-mail template of a kind ({@code receipt}, {@code notification}) a published module brings
     * ({@code forms/<code>/mail/<kind>.ftl}), if any.
     */
    public Optional<String> mailTemplate(String code, String kind) {
        return template(code, SourceText.MAIL_FOLDER + "/" + kind + ".ftl");
    }

    /**
     * The template of the act a published module issues with an action
     * ({@code forms/<code>/atto-<action>.ftlh}), if it brings one.
     */
    public Optional<String> issuedDocumentTemplate(String code, String action) {
        return template(code, SourceText.ACT_PREFIX + action + SourceText.ACT_SUFFIX);
    }

    private Optional<String> template(String code, String path) {
        return Optional.ofNullable(snapshot.moduleTemplates().getOrDefault(code, Map.of()).get(path));
    }
}
