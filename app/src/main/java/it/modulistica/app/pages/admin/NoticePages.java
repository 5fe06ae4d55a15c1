package it.modulistica.app.pages.admin;

import it.modulistica.app.admin.ModuleOverview;
import it.modulistica.app.catalog.Categories;
import it.modulistica.app.notices.NoticeAdministration;
import it.modulistica.app.notices.Notices;
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
 * {@code /admin/avvisi}: every notice with its scope and validity, a form to publish one, and one
 * notice to change or delete. The scope is one field: empty for the platform, {@code category:<code>}
 * or {@code form:<code>}.
 */
@Controller
class NoticePages {

    private static final String PAGE = "/admin/avvisi";

    private final Notices notices;
    private final NoticeAdministration administration;
    private final Categories categories;
    private final ModuleOverview modules;
    private final AdminForms forms;

    NoticePages(Notices notices, NoticeAdministration administration, Categories categories, ModuleOverview modules,
            AdminForms forms) {
        this.notices = notices;
        this.administration = administration;
        this.categories = categories;
        this.modules = modules;
        this.forms = forms;
    }

    /** What the notice form posts. */
    record NoticeFields(String title, String text, String from, String to, String scope) {

        NoticeAdministration.NoticeForm form() {
            String value = scope == null ? "" : scope;
            return new NoticeAdministration.NoticeForm(title, text, from, to,
                    value.startsWith("category:") ? value.substring("category:".length()) : null,
                    value.startsWith("form:") ? value.substring("form:".length()) : null);
        }
    }

    @GetMapping(PAGE)
    String page(Locale locale, Model model) {
        model.addAttribute("notices", notices.all());
        model.addAttribute("now", notices.now());
        scopes(locale, model);
        return "pages/admin/notices";
    }

    @GetMapping(PAGE + "/{id}")
    String notice(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("notice", administration.find(id));
        scopes(locale, model);
        return "pages/admin/notice";
    }

    /**
     * Publishes a notice; {@code back} (an admin page, e.g. the module whose extension it announces)
     * is where to return.
     */
    @PostMapping(PAGE)
    String create(NoticeFields fields, @RequestParam(required = false) String back, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        String redirect = back != null && back.matches("/admin/moduli/[a-z0-9-]+") ? back : PAGE;
        return forms.submit("notice", () -> administration.create(fields.form(), admin.getName()), redirect,
                () -> page(locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/{id}")
    String update(@PathVariable long id, NoticeFields fields, Authentication admin, Locale locale, Model model,
            RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("notice", () -> administration.update(id, fields.form(), admin.getName()), PAGE,
                () -> notice(id, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/{id}/elimina")
    String delete(@PathVariable long id, Authentication admin, Locale locale, Model model, RedirectAttributes flash,
            HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("delete", () -> administration.delete(id, admin.getName()), PAGE,
                () -> page(locale, model), model, flash, request, response, locale);
    }

    private void scopes(Locale locale, Model model) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("modules", modules.list(locale));
    }
}
