package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code x-module.routing}: the instances of a module reach the operators of a category chosen in
 * their data rather than those of the module's own category. A request for assistance, for
 * instance, goes to the office of the service it is about.
 *
 * @param categoryField JSON pointer of the value field (outside repeatable lists) whose value, once
 *                      the instance is sent, is the code of the category whose operators receive it
 */
public record Routing(String categoryField) {

    /** The settings of a definition's {@code x-module}, empty when it has no {@code routing}. */
    static Optional<Routing> read(JsonNode module) {
        JsonNode routing = module.path("routing");
        if (routing.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new Routing(routing.path("categoryField").asText("")));
    }

    /**
     * The category {@code data} routes the instance to: the text of the field, empty when the field
     * is missing or blank (the instance then stays with the module's own category).
     */
    public Optional<String> categoryOf(JsonNode data) {
        JsonNode value = data.at(categoryField);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The categories the field offers, when its choices are written in the definition; else none. */
    public List<String> declaredCategories(FormDefinition definition) {
        return definition.field(categoryField)
                .map(Field::options)
                .filter(options -> !options.isDataSource())
                .map(options -> options.inline().stream().map(Option::value).toList())
                .orElse(List.of());
    }
}
