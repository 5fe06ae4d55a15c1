package it.modulistica.app.security;

import it.modulistica.app.pages.LayoutPage;
import it.modulistica.app.security.certificate.ClientCertificates;
import it.modulistica.app.security.oidc.IdentityProviders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

/**
 * The sign-in page: a link per configured identity provider ("Entra con SPID / CIE"), a word on the
 * CNS when certificates are accepted, and the form login, which Spring Security processes; in the
 * common layout, the SPID / CIE button shown disabled with the reason when no provider is configured.
 */
@Controller
@LayoutPage
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
    String show(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object failure,
            @RequestAttribute(name = ClientCertificates.REFUSAL_ATTRIBUTE, required = false) Object refusedCertificate,
            CsrfToken csrf, Locale locale, Model model) {
        String failed = failure instanceof PasswordLoginNotForCitizens ? text("login.passwordNotForCitizens", locale)
                : failure instanceof CredentialRefused refused ? refusal(refused.reason(), locale)
                : failure instanceof OAuth2AuthenticationException ? text("login.refused", locale)
                : text("login.failed", locale);
        List<IdentityProviders.Provider> providers = identityProviders.providers();
        model.addAttribute("providers", providers.stream().map(provider -> Map.of(
                "href", IdentityProviders.signInPath(provider),
                "label", providers.size() == 1 ? text("login.identityProvider", locale)
                        : messages.getMessage("login.identityProviderNamed", new Object[] {provider.name()}, locale)))
                .toList());
        model.addAttribute("certificate", certificates.enabled());
        String notice = error != null ? failed
                : refusedCertificate instanceof CredentialRefused refused ? certificateRefusal(refused.reason(), locale)
                : logout != null ? text("login.signedOut", locale)
                : "";
        model.addAttribute("notice", notice);
        model.addAttribute("noticeKind", error != null || refusedCertificate instanceof CredentialRefused ? "danger" : "success");
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "pages/login";
    }

    /** Why the certificate the browser presented on this very request was refused. */
    private String certificateRefusal(String reason, Locale locale) {
        String group = reason.startsWith("subject-") ? "subject" : reason.startsWith("fiscal-number-")
                && !reason.equals("fiscal-number-ambiguous") ? "fiscal-number" : reason;
        String why = messages.getMessage("login.certificateRefused." + group, null, null, locale);
        return messages.getMessage("login.certificateRefused",
                new Object[] {why == null ? messages.getMessage("login.certificateRefused.other", null, locale) : why},
                locale);
    }

    private String refusal(String reason, Locale locale) {
        String message = messages.getMessage("login.refused." + reason, null, null, locale);
        return message == null ? text("login.refused", locale) : message;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
