package it.modulistica.app.servicepages;

import java.util.List;

/**
 * An entry point of a category's page: a module's wizard, reached through sign-in, or an
 * external address.
 *
 * @param form   the module it starts; {@code null} for an external address
 * @param url    the external address; {@code null} for a module
 * @param signIn the sign-in methods the target accepts
 * @param note   a word on the sign-in (e.g. "Autenticazione RUPAR Livello 1"), may be empty
 */
public record AccessBox(long id, String label, String labelEn, String form, String url, List<SignInMethod> signIn,
        String note, String noteEn) {
}
