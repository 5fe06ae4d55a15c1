package it.modulistica.engine.definition;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import it.modulistica.workflow.WorkflowDefinition;

/**
 * Everything one load of a form source produced, replaced whole on reload so that readers never
 * see a mix of two loads.
 *
 * @param fingerprint the source's fingerprint when it was read
 * @param byCode      the published definitions by module code
 * @param published   the same definitions by category, then title
 * @param problems    what kept files out or made the catalogue fall back, by file
 * @param dataSources the data sources that were read
 * @param workflows   the workflows that loaded without problems, by code
 * @param moduleTemplates the templates published modules bring ({@code receipt.ftlh},
 *                        {@code mail/<kind>.ftl}), by module code, then by path within the module
 * @param examples    the examples of the published modules, by module code, in path order
 */
record CatalogSnapshot(
        String fingerprint,
        Map<String, FormDefinition> byCode,
        List<FormDefinition> published,
        List<DefinitionProblem> problems,
        DataSources dataSources,
        Map<String, WorkflowDefinition> workflows,
        Map<String, Map<String, String>> moduleTemplates,
        Map<String, List<FormSource.SourceFile>> examples) {

    static CatalogSnapshot of(String fingerprint, Collection<FormDefinition> definitions,
            List<DefinitionProblem> problems, DataSources dataSources, Map<String, WorkflowDefinition> workflows,
            Map<String, Map<String, String>> moduleTemplates, List<FormSource.SourceFile> examples) {
        Collator italian = Collator.getInstance(Locale.ITALIAN);
        List<FormDefinition> sorted = definitions.stream()
                .sorted(Comparator.comparing(FormDefinition::category)
                        .thenComparing(d -> d.title().italian(), italian)
                        .thenComparing(FormDefinition::code))
                .toList();
        return new CatalogSnapshot(
                fingerprint,
                sorted.stream().collect(Collectors.toUnmodifiableMap(FormDefinition::code, Function.identity())),
                sorted,
                problems.stream().sorted(Comparator.comparing(DefinitionProblem::file)).toList(),
                dataSources,
                Map.copyOf(workflows),
                moduleTemplates.entrySet().stream()
                        .filter(template -> definitions.stream().anyMatch(d -> d.code().equals(template.getKey())))
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue()))),
                examples.stream()
                        .filter(example -> definitions.stream().anyMatch(d -> d.code().equals(example.folder())))
                        .collect(Collectors.groupingBy(FormSource.SourceFile::folder, Collectors.toUnmodifiableList())));
    }
}
