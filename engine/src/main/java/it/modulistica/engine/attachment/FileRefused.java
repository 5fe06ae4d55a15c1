package it.modulistica.engine.attachment;

import it.modulistica.engine.validation.Violation;

/**
 * An upload refused before anything is stored: the wrong type, content that does not match its
 * extension or carries scripts, too large, too many. The violation's pointer is the file field (or
 * the action input: {@code /attachments}, {@code /issuedDocument}).
 */
public class FileRefused extends RuntimeException {

    private final transient Violation violation;

    public FileRefused(Violation violation) {
        super("File refused: " + violation.code() + " at " + violation.pointer() + " " + violation.args());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }

    /** The same refusal reported at another pointer. */
    public FileRefused at(String pointer) {
        return new FileRefused(new Violation(pointer, violation.code(), violation.args()));
    }
}
