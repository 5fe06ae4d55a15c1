package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ValidationLevel;
import it.modulistica.engine.validation.ValidationResult;
import it.modulistica.engine.window.OpeningWindows;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.Guard;
import it.modulistica.engine.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an action's guards before it is taken: the window first, whose message is the clearer,
 * then the data, complete-level, against the definition the instance is pinned to, including that
 * the module's organisation field names the organisation acted for.
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
            List<Violation> violations = new ArrayList<>(result.violations());
            IdentityBinding.organisationMismatch(definition.compilers(), instance.data(),
                    instance.organisation().orElse(null)).ifPresent(violations::add);
            if (!violations.isEmpty()) {
                throw new DataInvalid(violations);
            }
        }
    }
}
