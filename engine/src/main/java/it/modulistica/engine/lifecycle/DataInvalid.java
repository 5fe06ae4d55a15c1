package it.modulistica.engine.lifecycle;

import it.modulistica.engine.validation.Violation;
import java.util.List;

/** The data does not pass the validation the operation asks for; nothing was stored. */
public final class DataInvalid extends RuntimeException {

    private final List<Violation> violations;

    public DataInvalid(List<Violation> violations) {
        super("I dati del modulo non sono validi");
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in the order of the fields. */
    public List<Violation> violations() {
        return violations;
    }
}
