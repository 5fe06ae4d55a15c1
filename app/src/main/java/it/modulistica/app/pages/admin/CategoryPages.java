package it.modulistica.app.pages.admin;

import it.modulistica.app.admin.CategoryAdministration;
import it.modulistica.app.admin.ModuleOverview;
import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.CategoryStyles;
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
 * {@code /admin/categorie}: the category catalogue in its order, with forms to create a category,
 * rename and restyle each, move it up or down, and assign each module to a category.
 */
@Controller
class CategoryPages {

    private static final String PAGE = "/admin/categorie";

    private final Categories categories;
    private final CategoryAdministration administration;
    private final ModuleOverview modules;
    private final AdminForms forms;

    CategoryPages(Categories categories, CategoryAdministration administration, ModuleOverview modules,
            AdminForms forms) {
        this.categories = categories;
        this.administration = administration;
        this.modules = modules;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Locale locale, Model model) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("modules", modules.list(locale));
        model.addAttribute("icons", CategoryStyles.ICONS);
        model.addAttribute("colours", CategoryStyles.COLOURS);
        return "pages/admin/categories";
    }

    @PostMapping(PAGE)
    String create(CategoryAdministration.CategoryForm form, Authentication admin, Locale locale, Model model,
            RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("new", () -> administration.create(form, admin.getName()), PAGE,
                () -> page(locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/{code}")
    String update(@PathVariable String code, CategoryAdministration.CategoryForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("category-" + code, () -> administration.update(code, form, admin.getName()), PAGE,
                () -> page(locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/{code}/sposta")
    String move(@PathVariable String code, @RequestParam String direction, Authentication admin, Locale locale,
            Model model, RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("move", () -> administration.move(code, "up".equals(direction), admin.getName()), PAGE,
                () -> page(locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/moduli/{form}")
    String assign(@PathVariable String form, @RequestParam(required = false) String category, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("module-" + form, () -> administration.assign(form, category, admin.getName()), PAGE,
                () -> page(locale, model), model, flash, request, response, locale);
    }
}
