package it.modulistica.engine.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import it.modulistica.workflow.WorkflowDefinition;
import it.modulistica.workflow.WorkflowParser;

/**
 * Turns the files of a form source into a {@link CatalogSnapshot}: data sources first, then every
 * definition, refusing duplicate codes and asking the {@link VersionLedger} before publishing.
 */
final class CatalogLoader {

    private final MetaSchema metaSchema;
    private final VersionLedger ledger;

    CatalogLoader(MetaSchema metaSchema, VersionLedger ledger) {
        this.metaSchema = metaSchema;
        this.ledger = ledger;
    }

    /** A definition that passed the parser, with the file it came from. */
    private record Parsed(FormSource.SourceFile file, FormDefinition definition) {
    }

    CatalogSnapshot load(FormSource.Listing listing) {
        List<DefinitionProblem> problems = new ArrayList<>(listing.unreadable());
        DataSources dataSources = dataSources(listing.dataFiles(), problems);
        Map<String, WorkflowDefinition> workflows = workflows(listing.workflowFiles(), problems);
        DefinitionParser parser = new DefinitionParser(metaSchema, dataSources);
        Map<String, List<Parsed>> byCode = new TreeMap<>();
        for (FormSource.SourceFile file : listing.definitions()) {
            DefinitionParser.Result result = parser.parse(file.path(), file.folder(), file.text());
            problems.addAll(result.problems());
            result.definition().ifPresent(definition ->
                    byCode.computeIfAbsent(definition.code(), code -> new ArrayList<>()).add(new Parsed(file, definition)));
        }
        List<FormDefinition> published = new ArrayList<>();
        byCode.forEach((code, candidates) -> {
            if (candidates.size() > 1) {
                refuseDuplicates(code, candidates, problems);
            } else if (hasWorkflow(candidates.get(0), workflows, problems)) {
                publish(candidates.get(0), parser, problems).ifPresent(published::add);
            }
        });
        Map<String, Map<String, String>> templates = new TreeMap<>();
        listing.templates().forEach(file -> templates.computeIfAbsent(file.folder(), folder -> new TreeMap<>())
                .put(file.path().substring(file.folder().length() + 1), file.text()));
        return CatalogSnapshot.of(listing.fingerprint(), published, problems, dataSources, workflows, templates,
                listing.examples());
    }

    private static Map<String, WorkflowDefinition> workflows(List<FormSource.SourceFile> files,
            List<DefinitionProblem> problems) {
        WorkflowParser parser = new WorkflowParser();
        Map<String, WorkflowDefinition> workflows = new TreeMap<>();
        for (FormSource.SourceFile file : files) {
            WorkflowParser.Result result = parser.parse(file.path(), file.baseName(), file.text());
            result.problems().forEach(p -> problems.add(new DefinitionProblem(p.file(), p.pointer(), p.message())));
            result.definition().ifPresent(workflow -> {
                if (workflows.putIfAbsent(workflow.code(), workflow) != null) {
                    problems.add(new DefinitionProblem(file.path(), "", "Il processo \"" + workflow.code()
                            + "\" è presente più volte: " + file.location()));
                }
            });
        }
        return workflows;
    }

    /** A module is published only with a workflow that loaded without problems. */
    private static boolean hasWorkflow(Parsed parsed, Map<String, WorkflowDefinition> workflows,
            List<DefinitionProblem> problems) {
        String code = parsed.definition().workflow();
        if (workflows.containsKey(code)) {
            return true;
        }
        problems.add(new DefinitionProblem(parsed.file().path(), "/x-module/workflow", "Il processo \"" + code
                + "\" non esiste o ha dei problemi (" + SourceText.WORKFLOWS_FOLDER + "/" + code
                + ".json): il modulo non è pubblicato"));
        return false;
    }

    private static DataSources dataSources(List<FormSource.SourceFile> files, List<DefinitionProblem> problems) {
        Map<String, List<FormSource.SourceFile>> byName = new LinkedHashMap<>();
        files.forEach(file -> byName.computeIfAbsent(file.baseName(), name -> new ArrayList<>()).add(file));
        List<DataSource> sources = new ArrayList<>();
        byName.forEach((name, sameName) -> {
            if (sameName.size() > 1) {
                String locations = locations(sameName);
                sameName.forEach(file -> problems.add(new DefinitionProblem(file.path(), "",
                        "L'origine dati \"" + name + "\" è presente più volte: " + locations)));
                return;
            }
            DataSourceParser.Result result = DataSourceParser.parse(sameName.get(0));
            problems.addAll(result.problems());
            result.source().ifPresent(sources::add);
        });
        return new DataSources(sources);
    }

    private static void refuseDuplicates(String code, List<Parsed> candidates, List<DefinitionProblem> problems) {
        String locations = locations(candidates.stream().map(Parsed::file).toList());
        candidates.forEach(candidate -> problems.add(new DefinitionProblem(candidate.file().path(), "/x-module/code",
                "Il codice \"" + code + "\" è usato da più definizioni: " + locations)));
    }

    /**
     * Publishes a definition the ledger accepts; when it refuses (same version, other content), the
     * stored content of that version stays in force, provided it still reads without problems.
     */
    private Optional<FormDefinition> publish(Parsed parsed, DefinitionParser parser, List<DefinitionProblem> problems) {
        VersionLedger.Decision decision = ledger.record(parsed.definition());
        if (decision.accepted()) {
            return Optional.of(parsed.definition());
        }
        String path = parsed.file().path();
        String version = parsed.definition().version();
        DefinitionParser.Result stored = parser.parse(path, null, decision.storedContent());
        problems.add(new DefinitionProblem(path, "/x-module/version", decision.reason()
                + (stored.definition().isPresent()
                        ? "; resta pubblicato il contenuto registrato della versione " + version
                        : "; il contenuto registrato della versione " + version
                                + " non è più valido, quindi il modulo non è pubblicato")));
        stored.problems().forEach(problem -> problems.add(new DefinitionProblem(path, problem.pointer(),
                "Nel contenuto registrato della versione " + version + ": " + problem.message())));
        return stored.definition();
    }

    private static String locations(List<FormSource.SourceFile> files) {
        return files.stream().map(FormSource.SourceFile::location).collect(Collectors.joining(", "));
    }
}
