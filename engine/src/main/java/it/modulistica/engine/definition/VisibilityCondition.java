package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A field or section is shown only when the field at {@code field} (a JSON pointer into the data;
 * inside a repeatable group {@code *} stands for the same row) holds one of {@code values}.
 */
public record VisibilityCondition(String field, List<JsonNode> values) {

    public VisibilityCondition {
        values = List.copyOf(values);
    }

    public boolean isSatisfiedBy(JsonNode actual) {
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            return false;
        }
        for (JsonNode expected : values) {
            if (expected.equals(actual)) {
                return true;
            }
            // Numbers compare by value, so 1 and 1.0 match.
            if (expected.isNumber() && actual.isNumber()
                    && expected.decimalValue().compareTo(actual.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }
}
