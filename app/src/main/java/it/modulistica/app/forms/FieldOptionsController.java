package it.modulistica.app.forms;

import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OptionSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/forms/{code}/options?field=/comune/comune&provincia=CN}: the choices of a select
 * given the values of the fields it depends on, so a page can refresh it without a reload. Each value
 * it depends on is named by the data source's item key ({@code provincia}) or by the pointer of the
 * field holding it ({@code /comune/provincia}); a value not given leaves no choice.
 */
@RestController
class FieldOptionsController {

    private final FormCatalog catalog;

    FieldOptionsController(FormCatalog catalog) {
        this.catalog = catalog;
    }

    /** A choice of the select. */
    record Choice(String value, String label) {
    }

    @GetMapping(path = "/api/forms/{code}/options", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Choice> options(@PathVariable String code, @RequestParam String field,
            @RequestParam Map<String, String> values, Locale locale) {
        FormDefinition definition = catalog.find(code).orElseThrow(() -> new FormNotFound(code));
        Field select = definition.field(field).filter(f -> f.options() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No field with choices at " + field));
        OptionSource source = select.options();
        Map<String, String> byPointer = new HashMap<>();
        values.forEach((name, value) -> byPointer.put(name.replaceAll("/\\d+(?=/|$)", "/*"), value));
        Map<String, String> dependsOnValues = new HashMap<>();
        source.dependsOn().forEach((itemKey, pointer) -> {
            String value = values.getOrDefault(itemKey, byPointer.get(pointer));
            dependsOnValues.put(itemKey, value == null || value.isBlank() ? null : value);
        });
        return catalog.dataSources().options(source, dependsOnValues).stream()
                .map(option -> new Choice(option.value(), option.label().in(locale))).toList();
    }
}
