package it.modulistica.engine.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.FormSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the examples of every published module of a catalogue and reports each failure as a
 * problem of the example's file: {@code examples/valid/*.json} must have no violation at complete
 * level, {@code examples/valid-draft/*.json} none at draft level, and each
 * {@code examples/invalid/*.json} exactly the violations it lists (pointer and code), no more, no
 * fewer. Examples are checked as on {@value #EXAMPLES_DAY} in Rome ("today" of {@code x-minDate},
 * rules and conditions), so their outcome does not change with the calendar.
 */
public final class ModuleExamples {

    /** The day the examples are written for. */
    public static final String EXAMPLES_DAY = "2025-01-15";

    private static final Clock CLOCK = Clock.fixed(Instant.parse(EXAMPLES_DAY + "T09:00:00Z"), ZoneOffset.UTC);

    private final FormCatalog catalog;
    private final FormValidator validator;
    private final ViolationMessages messages = new ViolationMessages();

    public ModuleExamples(FormCatalog catalog) {
        this.catalog = catalog;
        this.validator = new FormValidator(catalog::dataSources, CLOCK);
    }

    /**
     * The failures of the published modules' examples.
     *
     * @param requireExamples also report a module without valid or without invalid examples
     */
    public List<DefinitionProblem> failures(boolean requireExamples) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (FormDefinition definition : catalog.published()) {
            List<FormSource.SourceFile> examples = catalog.examples(definition.code());
            if (requireExamples) {
                for (String kind : List.of("valid", "invalid")) {
                    if (examples.stream().noneMatch(e -> e.path().contains("/examples/" + kind + "/"))) {
                        problems.add(new DefinitionProblem(definition.code() + "/form.json", "", "Il modulo non ha esempi in "
                                + definition.code() + "/examples/" + kind + "/"));
                    }
                }
            }
            examples.forEach(example -> check(definition, example, problems));
        }
        return problems;
    }

    private void check(FormDefinition definition, FormSource.SourceFile example, List<DefinitionProblem> problems) {
        JsonNode content;
        try {
            content = DefinitionJson.mapper().readTree(example.text());
        } catch (JsonProcessingException e) {
            problems.add(new DefinitionProblem(example.path(), "", DefinitionJson.syntaxError(e)));
            return;
        }
        String kind = example.path().split("/")[2];
        if (!kind.equals("invalid")) {
            ValidationLevel level = kind.equals("valid") ? ValidationLevel.COMPLETE : ValidationLevel.DRAFT;
            validator.validate(definition, content, level).violations().forEach(v -> problems.add(new DefinitionProblem(
                    example.path(), v.pointer(), "Esempio valido con la violazione " + v.code() + ": " + message(v))));
            return;
        }
        ValidationLevel level = "draft".equals(content.path("level").asText()) ? ValidationLevel.DRAFT : ValidationLevel.COMPLETE;
        Set<String> expected = new LinkedHashSet<>();
        content.path("errors").forEach(e -> expected.add(e.path("pointer").asText() + " " + e.path("code").asText()));
        if (expected.isEmpty()) {
            problems.add(new DefinitionProblem(example.path(), "/errors",
                    "Un esempio non valido deve elencare in \"errors\" le violazioni attese (pointer e code)"));
        }
        for (Violation violation : validator.validate(definition, content.path("data"), level).violations()) {
            if (!expected.remove(violation.pointer() + " " + violation.code())) {
                problems.add(new DefinitionProblem(example.path(), violation.pointer(), "Violazione non attesa "
                        + violation.code() + ": " + message(violation)));
            }
        }
        expected.forEach(missing -> {
            int space = missing.lastIndexOf(' ');
            problems.add(new DefinitionProblem(example.path(), missing.substring(0, space),
                    "Violazione attesa ma assente: " + missing.substring(space + 1)));
        });
    }

    private String message(Violation violation) {
        return messages.message(violation, Locale.ITALIAN);
    }
}
