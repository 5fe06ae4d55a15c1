package it.modulistica.app.pages.backoffice;

import it.modulistica.app.security.Role;
import it.modulistica.app.security.UserAccount;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout of every page whether to show the "Back office" entry: to operators only. */
@ControllerAdvice(basePackages = "it.modulistica.app.pages")
class BackofficeNavigation {

    @ModelAttribute("backofficeNav")
    boolean backofficeNav(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof UserAccount account
                && account.hasRole(Role.OPERATOR);
    }
}
