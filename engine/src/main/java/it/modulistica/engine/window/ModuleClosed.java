package it.modulistica.engine.window;

/**
 * The module may not be compiled now: its window has not opened yet or has closed, and no unlock
 * covers the organisation; or an admin suspended or retired it ({@link ModuleNotPublished}). The
 * message, in Italian, says when it opens, when it closed or why it is suspended.
 */
public class ModuleClosed extends RuntimeException {

    private final String formCode;

    public ModuleClosed(String formCode, String message) {
        super(message);
        this.formCode = formCode;
    }

    public String formCode() {
        return formCode;
    }
}
