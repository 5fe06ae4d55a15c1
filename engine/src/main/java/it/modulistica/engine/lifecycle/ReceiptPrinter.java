package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.State;

/**
 * Prints the receipt of an instance as a PDF: the application implements it with the renderer,
 * which the engine does not depend on. Called inside the sending transaction, once the instance is
 * numbered and its data frozen; a failure aborts the transition.
 */
@FunctionalInterface
public interface ReceiptPrinter {

    byte[] print(Instance instance, FormDefinition definition, State state);
}
