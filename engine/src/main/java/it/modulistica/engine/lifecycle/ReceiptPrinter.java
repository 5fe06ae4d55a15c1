package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.State;

/**
 * Prints the receipt of an instance as a PDF: the application implements it with the renderer,
 * which the engine does not depend on. Called after the sending transaction has committed (see
 * {@link ReceiptOutbox}), with the state the sending reached; it must be a function of its
 * arguments, so that every print of one receipt gives the same bytes.
 */
@FunctionalInterface
public interface ReceiptPrinter {

    byte[] print(Instance instance, FormDefinition definition, State state);
}
