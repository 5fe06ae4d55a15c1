package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ValidationLevel;
import it.modulistica.engine.validation.ValidationResult;
import it.modulistica.engine.window.OpeningWindows;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.Guard;
import java.time.Instant;

/**
 * Checks an action's guards before it is taken: the window first, whose message is the clearer,
 * then the data, complete-level, against the definition the instance is pinned to.
 */
final class Guards {

    private final FormValidator validator;
    private final OpeningWindows windows;

    Guards(FormValidator validator, OpeningWindows windows) {
        this.validator = validator;
        this.windows = windows;
    }

    void check(Action action, Instance instance, FormDefinition definition, Instant now) {
        if (action.guards().contains(Guard.WINDOW_OPEN)) {
            windows.requireOpen(definition, instance.organisation().orElse(null), now);
        }
        if (action.guards().contains(Guard.DATA_VALID)) {
            ValidationResult result = validator.validate(definition, instance.data(), ValidationLevel.COMPLETE);
            if (!result.valid()) {
                throw new DataInvalid(result.violations());
            }
        }
    }
}
