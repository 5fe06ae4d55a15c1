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
 * the module's organisation field names the organisation acted for, and that every file reference
 * names a file uploaded to the instance for that field.
 */
final class Guards {

    private final FormValidator validator;
    private final OpeningWindows windows;
    private final FieldFiles files;

    Guards(FormValidator validator, OpeningWindows windows, FieldFiles files) {
        this.validator = validator;
        this.windows = windows;
        this.files = files;
    }

    void check(Action action, Instance instance, FormDefinition definition, Instant now) {
        if (action.guards().contains(Guard.WINDOW_OPEN)) {
            windows.requireOpen(definition, instance.organisation().orElse(null), now);
        }
        if (action.guards().contains(Guard.DATA_VALID)) {
            ValidationResult result = validator.validate(definition, instance.data(), ValidationLevel.COMPLETE);
            List<Violation> violations = new ArrayList<>(result.violations());
            violations.addAll(files.check(definition, instance.id(), instance.data().deepCopy()));
            IdentityBinding.organisationMismatch(definition.compilers(), instance.data(),
                    instance.organisation().orElse(null)).ifPresent(violations::add);
            if (!violations.isEmpty()) {
                throw new DataInvalid(violations);
            }
        }
    }
}
