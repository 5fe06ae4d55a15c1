package it.modulistica.engine.formio;

/** The input is not a form.io form (nor a MOON export wrapping one): nothing can be imported. */
public final class NotAFormioForm extends Exception {

    public NotAFormioForm(String message) {
        super(message);
    }
}
