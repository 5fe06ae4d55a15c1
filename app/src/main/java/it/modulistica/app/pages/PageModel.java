package it.modulistica.app.pages;

import it.modulistica.app.security.Role;
import it.modulistica.app.security.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the layout ({@code layout}), the footer links ({@code site}) and the messages ({@code t}) to
 * the model of every page, error pages too, and of the controllers elsewhere marked {@link LayoutPage}.
 */
@ControllerAdvice(basePackages = "it.modulistica.app.pages", annotations = LayoutPage.class)
class PageModel {

    private final MessageSource messages;
    private final String version;
    private final SiteLinks links;

    PageModel(MessageSource messages, BuildProperties build, SiteLinks links) {
        this.messages = messages;
        this.version = build.getVersion();
        this.links = links;
    }

    @ModelAttribute("site")
    SiteLinks site() {
        return links;
    }

    @ModelAttribute("t")
    Texts texts(Locale locale) {
        return new Texts(messages, locale);
    }

    @ModelAttribute("layout")
    Layout layout(Authentication authentication, HttpServletRequest request) {
        String name = authentication == null ? "" : authentication.getPrincipal() instanceof UserAccount account
                ? account.fullName() : authentication.getName();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        HttpSession session = request.getSession(false);
        return new Layout(name, version, BootstrapItalia.DIST, csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(), session == null ? 0 : session.getMaxInactiveInterval(),
                authentication != null && authentication.getAuthorities().contains(Role.ADMIN.authority()));
    }
}
