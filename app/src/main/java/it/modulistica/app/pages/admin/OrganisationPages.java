package it.modulistica.app.pages.admin;

import it.modulistica.app.admin.OrganisationAdministration;
import it.modulistica.app.organisations.OrganisationDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/enti}: the organisations and a form to register one; one organisation to edit, with its members. */
@Controller
class OrganisationPages {

    private static final String LIST = "/admin/enti";

    private final OrganisationDirectory organisations;
    private final OrganisationAdministration administration;
    private final AdminForms forms;

    OrganisationPages(OrganisationDirectory organisations, OrganisationAdministration administration,
            AdminForms forms) {
        this.organisations = organisations;
        this.administration = administration;
        this.forms = forms;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "pages/admin/organisations";
    }

    @PostMapping(LIST)
    String create(OrganisationAdministration.OrganisationForm form, Authentication admin, Locale locale, Model model,
            RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("new", () -> administration.create(form, admin.getName()), LIST, () -> list(model), model,
                flash, request, response, locale);
    }

    @GetMapping(LIST + "/{code}")
    String organisation(@PathVariable String code, Model model) {
        model.addAttribute("detail", administration.detail(code));
        return "pages/admin/organisation";
    }

    @PostMapping(LIST + "/{code}")
    String update(@PathVariable String code, OrganisationAdministration.OrganisationForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("edit", () -> administration.update(code, form, admin.getName()), LIST + "/" + code,
                () -> organisation(code, model), model, flash, request, response, locale);
    }
}
