package it.modulistica.app.forms;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.api.ApiLimits;
import it.modulistica.app.catalog.ModuleCatalogue;
import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.MetaSchema;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ValidationLevel;
import it.modulistica.engine.validation.ValidationResult;
import it.modulistica.engine.validation.ViolationMessages;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/forms}: the published modules, the current definition of each, validation of data on
 * the server, the problems of refused definitions, and the JSON Schema of the definition format.
 */
@RestController
@RequestMapping(path = "/api/forms", produces = MediaType.APPLICATION_JSON_VALUE)
class FormsController {

    private final FormCatalog catalog;
    private final ModuleCatalogue modules;
    private final FormValidator validator;
    private final ViolationMessages messages;
    private final ApiLimits limits;

    FormsController(FormCatalog catalog, ModuleCatalogue modules, FormValidator validator, ViolationMessages messages,
            ApiLimits limits) {
        this.catalog = catalog;
        this.modules = modules;
        this.validator = validator;
        this.messages = messages;
        this.limits = limits;
    }

    /**
     * A module as listed by the catalogue: its category is the admins' choice when they moved it;
     * {@code publication} is PUBLISHED or SUSPENDED, with the reason of a suspension.
     */
    record FormSummary(String code, String version, String title, String description, String category,
            String workflow, LocalDateTime opens, LocalDateTime closes, String publication, String suspension) {

        static FormSummary of(ModuleCatalogue.Listed listed, Locale locale) {
            FormDefinition definition = listed.definition();
            return new FormSummary(definition.code(), definition.version(), definition.title().in(locale),
                    definition.description().in(locale), listed.category(), definition.workflow(),
                    definition.window().opens(), definition.window().closes(), listed.publication().status().name(),
                    listed.suspended() ? listed.publication().reason() : null);
        }
    }

    /**
     * The answer of a validation: valid or not, the errors with their message in the caller's
     * language (at most {@code modulistica.api.max-errors}) and how many there are in all.
     */
    record ValidationAnswer(boolean valid, List<Error> errors, int totalErrors) {

        record Error(String pointer, String code, String message) {
        }
    }

    @GetMapping
    List<FormSummary> published(Locale locale) {
        return modules.sections().stream().flatMap(section -> section.modules().stream())
                .map(listed -> FormSummary.of(listed, locale)).toList();
    }

    @GetMapping("/problems")
    List<DefinitionProblem> problems() {
        return catalog.problems();
    }

    @GetMapping(path = "/format-schema", produces = {"application/schema+json", MediaType.APPLICATION_JSON_VALUE})
    String formatSchema() {
        return MetaSchema.text();
    }

    @GetMapping("/{code}")
    JsonNode definition(@PathVariable String code) {
        return find(code).contentTree();
    }

    @PostMapping(path = "/{code}/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    ValidationAnswer validate(@PathVariable String code, @RequestBody JsonNode data,
            @RequestParam(defaultValue = "complete") String level, Locale locale) {
        FormDefinition definition = find(code);
        ValidationResult result = validator.validate(definition, data, switch (level) {
            case "draft" -> ValidationLevel.DRAFT;
            case "complete" -> ValidationLevel.COMPLETE;
            default -> throw new UnknownValidationLevel(level);
        });
        return new ValidationAnswer(result.valid(), limits.listed(result.violations()).stream()
                .map(v -> new ValidationAnswer.Error(v.pointer(), v.code(), messages.message(v, locale)))
                .toList(), result.violations().size());
    }

    private FormDefinition find(String code) {
        return catalog.find(code).orElseThrow(() -> new FormNotFound(code));
    }
}
