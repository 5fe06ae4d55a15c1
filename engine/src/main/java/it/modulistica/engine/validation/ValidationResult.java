package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of a validation: the data as it is to be stored (values of hidden fields removed,
 * empty strings dropped, codici fiscali upper-cased) and every violation found, in field order.
 */
public record ValidationResult(ObjectNode data, List<Violation> violations) {

    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
