package it.modulistica.engine.lifecycle;

/** No module with this code is published, so no instance of it can be started. */
public final class ModuleNotFound extends RuntimeException {

    private final String formCode;

    public ModuleNotFound(String formCode) {
        super("Il modulo " + formCode + " non è pubblicato");
        this.formCode = formCode;
    }

    public String formCode() {
        return formCode;
    }
}
