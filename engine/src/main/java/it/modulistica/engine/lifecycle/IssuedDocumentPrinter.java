package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.Action;
import java.time.Instant;
import java.util.Optional;

/**
 * Prints the act ("atto") of an action from the module's own template, when the module brings one
 * for that action; the application implements it with the renderer. Called inside the action's
 * transaction, after the transition; a failure aborts the action.
 */
@FunctionalInterface
public interface IssuedDocumentPrinter {

    /** A module that brings no templates: no act is ever generated. */
    IssuedDocumentPrinter NONE = (instance, definition, action, note, actor, at) -> Optional.empty();

    /** The PDF bytes, or empty when the module has no template for the action. */
    Optional<byte[]> print(Instance instance, FormDefinition definition, Action action, String note, String actor,
            Instant at);
}
