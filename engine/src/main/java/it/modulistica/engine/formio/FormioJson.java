package it.modulistica.engine.formio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import it.modulistica.engine.definition.DefinitionJson;
import java.math.BigDecimal;

/** Reading form.io settings, which are numbers or numeric strings, booleans or "true", and empty strings for unset. */
final class FormioJson {

    private FormioJson() {
    }

    static JsonNode parseOrMissing(String text) {
        try {
            JsonNode node = DefinitionJson.mapper().readTree(text);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** A number written as a number or a string; {@code null} when unset or not a number. */
    static BigDecimal decimal(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual() && !value.asText().isBlank()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A non-negative whole number written as a number or a string; {@code null} otherwise. */
    static Integer count(JsonNode value) {
        BigDecimal decimal = decimal(value);
        if (decimal == null || decimal.signum() < 0) {
            return null;
        }
        try {
            return decimal.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static boolean isTrue(JsonNode value) {
        return value.isBoolean() ? value.booleanValue() : "true".equals(value.asText());
    }

    static String text(JsonNode component, String key) {
        JsonNode value = component.path(key);
        return value.isTextual() ? value.asText().strip() : "";
    }
}
