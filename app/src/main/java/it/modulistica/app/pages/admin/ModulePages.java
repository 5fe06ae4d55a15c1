package it.modulistica.app.pages.admin;

import it.modulistica.app.admin.CategoryAdministration;
import it.modulistica.app.admin.ModuleOverview;
import it.modulistica.app.admin.PublicationAdministration;
import it.modulistica.app.admin.WindowAdministration;
import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.Category;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.app.servicepages.ServicePageAdministration;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.validation.ModuleExamples;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/moduli}: every loaded module with its category and publication; one module with its
 * publication (and its history), its category, its window with extensions and unlocks (who, when,
 * why) and its workflow drawn and as Mermaid text; {@code /admin/problemi}: the definitions'
 * problems and the examples that do not give their expected outcome.
 */
@Controller
class ModulePages {

    private static final String LIST = "/admin/moduli";

    private final ModuleOverview modules;
    private final PublicationAdministration publication;
    private final WindowAdministration windows;
    private final CategoryAdministration categoryAdministration;
    private final Categories categories;
    private final OrganisationDirectory organisations;
    private final FormCatalog catalog;
    private final AdminForms forms;
    private final ModuleExamples examples;
    private final ModuleAssistance assistance;

    ModulePages(ModuleOverview modules, PublicationAdministration publication, WindowAdministration windows,
            CategoryAdministration categoryAdministration, Categories categories, OrganisationDirectory organisations,
            FormCatalog catalog, AdminForms forms, ModuleExamples examples, ModuleAssistance assistance) {
        this.modules = modules;
        this.publication = publication;
        this.windows = windows;
        this.categoryAdministration = categoryAdministration;
        this.categories = categories;
        this.organisations = organisations;
        this.catalog = catalog;
        this.forms = forms;
        this.examples = examples;
        this.assistance = assistance;
    }

    @GetMapping(LIST)
    String list(Locale locale, Model model) {
        model.addAttribute("modules", modules.list(locale));
        model.addAttribute("categoryNames", categories.all().stream()
                .collect(Collectors.toMap(Category::code, Category::name)));
        return "pages/admin/modules";
    }

    @GetMapping("/admin/problemi")
    String problems(Model model) {
        model.addAttribute("problems", catalog.problems());
        model.addAttribute("exampleFailures", examples.failures(false));
        return "pages/admin/problems";
    }

    @GetMapping(LIST + "/{code}")
    String module(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("detail", modules.detail(code, locale));
        model.addAttribute("picture", modules.picture(code));
        model.addAttribute("categories", categories.all());
        model.addAttribute("organisations", organisations.all());
        assistance.addTo(code, model);
        return "pages/admin/module";
    }

    @PostMapping(LIST + "/{code}/pubblicazione")
    String publish(@PathVariable String code, PublicationAdministration.PublicationForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("publication", () -> publication.change(code, form, admin.getName()), LIST + "/" + code,
                () -> module(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{code}/categoria")
    String assign(@PathVariable String code, @RequestParam(required = false) String category, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("category", () -> categoryAdministration.assign(code, category, admin.getName()),
                LIST + "/" + code, () -> module(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{code}/proroghe")
    String extend(@PathVariable String code, @RequestParam(required = false) String closes,
            @RequestParam(required = false) String reason, Authentication admin, Locale locale, Model model,
            RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("extension", () -> assistance.offerNotice(code, windows.extend(code,
                        new WindowAdministration.Extension(AdminForms.dateTime(closes, "/closes"), reason),
                        admin.getName()), flash),
                LIST + "/" + code, () -> module(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{code}/sblocchi")
    String unlock(@PathVariable String code, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String until, @RequestParam(required = false) String reason,
            Authentication admin, Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("unlock", () -> windows.unlock(code, new WindowAdministration.Unlock(organisation,
                        AdminForms.dateTime(until, "/until"), reason), admin.getName()),
                LIST + "/" + code, () -> module(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{code}/assistenza")
    String addContact(@PathVariable String code, ServicePageAdministration.ContactForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("contact", () -> assistance.add(code, form, admin.getName()), LIST + "/" + code,
                () -> module(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(LIST + "/{code}/assistenza/{id}/elimina")
    String removeContact(@PathVariable String code, @PathVariable long id, Authentication admin, Locale locale,
            Model model, RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("contact", () -> assistance.remove(code, id, admin.getName()), LIST + "/" + code,
                () -> module(code, locale, model), model, flash, request, response, locale);
    }
}
