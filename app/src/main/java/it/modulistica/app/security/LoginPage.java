package it.modulistica.app.security;

import it.modulistica.app.security.certificate.ClientCertificates;
import it.modulistica.app.security.oidc.IdentityProviders;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page: a link per configured identity provider ("Entra con SPID / CIE"), a word on the
 * CNS when certificates are accepted, and the form login, which Spring Security processes.
 */
@Controller
class LoginPage {

    private final MessageSource messages;
    private final IdentityProviders identityProviders;
    private final ClientCertificates certificates;

    LoginPage(MessageSource messages, IdentityProviders identityProviders, ClientCertificates certificates) {
        this.messages = messages;
        this.identityProviders = identityProviders;
        this.certificates = certificates;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String show(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object failure,
            @RequestAttribute(name = ClientCertificates.REFUSAL_ATTRIBUTE, required = false) Object refusedCertificate,
            CsrfToken csrf, Locale locale) {
        String failed = failure instanceof AccountLocked locked
                ? HtmlUtils.htmlEscape(messages.getMessage("login.locked",
                        new Object[] {ApiAuthenticationProblems.lockEnd(locked)}, locale))
                : failure instanceof PasswordLoginNotForCitizens ? text("login.passwordNotForCitizens", locale)
                : failure instanceof CredentialRefused refused ? refusal(refused.reason(), locale)
                : failure instanceof OAuth2AuthenticationException ? text("login.refused", locale)
                : text("login.failed", locale);
        List<IdentityProviders.Provider> providers = identityProviders.providers();
        String others = providers.stream().map(provider -> "<p><a class=\"btn btn-primary\" href=\""
                        + HtmlUtils.htmlEscape(IdentityProviders.signInPath(provider)) + "\">"
                        + (providers.size() == 1 ? text("login.identityProvider", locale)
                                : HtmlUtils.htmlEscape(messages.getMessage("login.identityProviderNamed",
                                        new Object[] {provider.name()}, locale)))
                        + "</a></p>\n").collect(Collectors.joining())
                + (certificates.enabled() ? "<p>" + text("login.certificate", locale) + "</p>\n" : "")
                + (providers.isEmpty() && !certificates.enabled() ? "" : "<p>" + text("login.or", locale) + "</p>\n");
        String notice = error != null ? "<p role=\"alert\">" + failed + "</p>"
                : refusedCertificate instanceof CredentialRefused refused
                        ? "<p role=\"alert\">" + certificateRefusal(refused.reason(), locale) + "</p>"
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
                %s<form method="post" action="/login">
                <p><label for="username">%s</label><br/><input id="username" name="username" autocomplete="username" required="required" autofocus="autofocus"/></p>
                <p><label for="password">%s</label><br/><input id="password" name="password" type="password" autocomplete="current-password" required="required"/></p>
                <input type="hidden" name="%s" value="%s"/>
                <p><button type="submit">%s</button></p>
                </form>
                <p><a href="/servizi">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(
                locale.getLanguage(),
                text("login.title", locale),
                text("login.title", locale),
                notice,
                others,
                text("login.username", locale),
                text("login.password", locale),
                HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()),
                text("login.submit", locale),
                text("login.publicPages", locale));
    }

    /** Why the certificate the browser presented on this very request was refused. */
    private String certificateRefusal(String reason, Locale locale) {
        String group = reason.startsWith("subject-") ? "subject" : reason.startsWith("fiscal-number-")
                && !reason.equals("fiscal-number-ambiguous") ? "fiscal-number" : reason;
        String why = messages.getMessage("login.certificateRefused." + group, null, null, locale);
        return HtmlUtils.htmlEscape(messages.getMessage("login.certificateRefused",
                new Object[] {why == null ? messages.getMessage("login.certificateRefused.other", null, locale) : why},
                locale));
    }

    private String refusal(String reason, Locale locale) {
        String message = messages.getMessage("login.refused." + reason, null, null, locale);
        return message == null ? text("login.refused", locale) : HtmlUtils.htmlEscape(message);
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }
}
