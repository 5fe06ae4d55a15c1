package it.modulistica.app.security;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page of the form login; Spring Security processes the form it posts. */
@Controller
class LoginPage {

    private final MessageSource messages;

    LoginPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String show(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object failure,
            CsrfToken csrf, Locale locale) {
        String failed = failure instanceof AccountLocked locked
                ? HtmlUtils.htmlEscape(messages.getMessage("login.locked",
                        new Object[] {ApiAuthenticationProblems.lockEnd(locked)}, locale))
                : failure instanceof PasswordLoginNotForCitizens ? text("login.passwordNotForCitizens", locale)
                : text("login.failed", locale);
        String notice = error != null ? "<p role=\"alert\">" + failed + "</p>"
                : logout != null ? "<p role=\"status\">" + text("login.signedOut", locale) + "</p>"
                : "";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%s</title></head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                <form method="post" action="/login">
                <p><label for="username">%s</label><br/><input id="username" name="username" autocomplete="username" required="required" autofocus="autofocus"/></p>
                <p><label for="password">%s</label><br/><input id="password" name="password" type="password" autocomplete="current-password" required="required"/></p>
                <input type="hidden" name="%s" value="%s"/>
                <p><button type="submit">%s</button></p>
                </form>
                </main>
                </body>
                </html>
                """.formatted(
                locale.getLanguage(),
                text("login.title", locale),
                text("login.title", locale),
                notice,
                text("login.username", locale),
                text("login.password", locale),
                HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()),
                text("login.submit", locale));
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }
}
