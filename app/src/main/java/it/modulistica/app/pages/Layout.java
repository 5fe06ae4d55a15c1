package it.modulistica.app.pages;

/**
 * What the layout of every page prints around its content.
 *
 * @param userName        the signed-in user's full name
 * @param version         the application's version
 * @param bootstrapItalia the path of the Bootstrap Italia WebJar's {@code dist} folder
 * @param csrfName        the name of the CSRF parameter every form posts
 * @param csrfToken       its value
 * @param sessionTimeout  seconds of inactivity before the session expires, 0 when there is no session
 * @param admin           whether the user is an administrator, who sees the tab "Amministrazione"
 */
public record Layout(String userName, String version, String bootstrapItalia, String csrfName, String csrfToken,
        int sessionTimeout, boolean admin) {
}
