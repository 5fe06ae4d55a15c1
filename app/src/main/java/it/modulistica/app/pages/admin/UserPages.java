package it.modulistica.app.pages.admin;

import it.modulistica.app.admin.UserAdministration;
import it.modulistica.app.catalog.Categories;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.definition.FormCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/utenti}: search users and create one; one user with forms to enable or disable
 * it, grant and revoke roles (operator scopes), add and remove memberships.
 */
@Controller
class UserPages {

    private static final String LIST = "/admin/utenti";
    private static final int LISTED = 100;

    private final UserDirectory users;
    private final UserAdministration administration;
    private final Categories categories;
    private final FormCatalog catalog;
    private final OrganisationDirectory organisations;
    private final AdminForms forms;

    UserPages(UserDirectory users, UserAdministration administration, Categories categories, FormCatalog catalog,
            OrganisationDirectory organisations, AdminForms forms) {
        this.users = users;
        this.administration = administration;
        this.categories = categories;
        this.catalog = catalog;
        this.organisations = organisations;
        this.forms = forms;
    }

    @GetMapping(LIST)
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("users", users.search(q, LISTED));
        return "pages/admin/users";
    }

    @PostMapping(LIST)
    String create(UserAdministration.UserForm form, Authentication admin, Locale locale, Model model,
            RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        String created = form.username() == null ? "" : form.username().strip();
        return forms.submit("new", () -> administration.create(form, admin.getName()), LIST + "/" + created,
                () -> list(null, model), model, flash, request, response, locale);
    }

    @GetMapping(LIST + "/{username}")
    String user(@PathVariable String username, Model model) {
        model.addAttribute("detail", administration.detail(username));
        model.addAttribute("categories", categories.all());
        model.addAttribute("modules", catalog.published());
        model.addAttribute("organisations", organisations.all());
        return "pages/admin/user";
    }

    @PostMapping(LIST + "/{username}/abilitazione")
    String enable(@PathVariable String username, @RequestParam boolean enabled, Authentication admin, Locale locale,
            Model model, RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("enabled", () -> administration.setEnabled(username, enabled, admin.getName()),
                LIST + "/" + username, () -> user(username, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{username}/ruoli")
    String grant(@PathVariable String username, UserAdministration.GrantForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("grant", () -> administration.grant(username, form, admin.getName()),
                LIST + "/" + username, () -> user(username, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{username}/ruoli/{id}/revoca")
    String revoke(@PathVariable String username, @PathVariable long id, Authentication admin, Locale locale,
            Model model, RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("revoke", () -> administration.revoke(username, id, admin.getName()),
                LIST + "/" + username, () -> user(username, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{username}/appartenenze")
    String addMembership(@PathVariable String username, UserAdministration.MembershipForm form,
            Authentication admin, Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("membership", () -> administration.addMembership(username, form, admin.getName()),
                LIST + "/" + username, () -> user(username, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{username}/appartenenze/{organisation}/{role}/rimuovi")
    String removeMembership(@PathVariable String username, @PathVariable String organisation,
            @PathVariable String role, Authentication admin, Locale locale, Model model, RedirectAttributes flash,
            HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("remove", () -> administration.removeMembership(username, organisation, role,
                        admin.getName()), LIST + "/" + username, () -> user(username, model), model, flash, request,
                response, locale);
    }
}
