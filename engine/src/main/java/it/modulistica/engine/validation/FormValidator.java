package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.FormDefinition;
import java.util.function.Supplier;

/**
 * Validates data against a form definition on the server. Thread-safe; compiled schemas are cached
 * per definition.
 */
public final class FormValidator {

    private final Supplier<DataSources> dataSources;

    public FormValidator(Supplier<DataSources> dataSources) {
        this.dataSources = dataSources;
    }

    public ValidationResult validate(FormDefinition definition, JsonNode data, ValidationLevel level) {
        throw new UnsupportedOperationException("being written");
    }
}
