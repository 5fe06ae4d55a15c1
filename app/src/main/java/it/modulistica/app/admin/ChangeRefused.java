package it.modulistica.app.admin;

/**
 * An admin's change that the current state forbids (revoking one's own ADMIN role, disabling
 * oneself, a category code or username already taken...): 409 in the API, a message on the page.
 * The message is Italian and says why.
 */
public final class ChangeRefused extends RuntimeException {

    public ChangeRefused(String message) {
        super(message);
    }
}
