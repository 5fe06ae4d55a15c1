package it.modulistica.app.pages.admin;

import it.modulistica.app.admin.CategoryAdministration;
import it.modulistica.app.admin.ModuleOverview;
import it.modulistica.app.servicepages.ServicePageAdministration;
import it.modulistica.app.servicepages.ServicePages;
import it.modulistica.app.servicepages.SignInMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/categorie/{code}/scheda}: a category's public page: its texts (Markdown, Italian
 * and English), access boxes, assistance contacts and documents (a PDF upload or a link).
 */
@Controller
class ServicePageAdminPages {

    private static final String PAGE = "/admin/categorie/{code}/scheda";

    private final ServicePages pages;
    private final ServicePageAdministration administration;
    private final CategoryAdministration categories;
    private final ModuleOverview modules;
    private final AdminForms forms;

    ServicePageAdminPages(ServicePages pages, ServicePageAdministration administration,
            CategoryAdministration categories, ModuleOverview modules, AdminForms forms) {
        this.pages = pages;
        this.administration = administration;
        this.categories = categories;
        this.modules = modules;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("category", categories.find(code));
        model.addAttribute("page", pages.of(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("modules", modules.list(locale));
        model.addAttribute("methods", List.of(SignInMethod.values()));
        return "pages/admin/servicepage";
    }

    @PostMapping(PAGE + "/testi")
    String texts(@PathVariable String code, ServicePageAdministration.TextsForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("texts", () -> administration.updateTexts(code, form, admin.getName()), back(code),
                () -> page(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/accessi")
    String access(@PathVariable String code, ServicePageAdministration.AccessForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("access", () -> administration.addAccess(code, form, admin.getName()), back(code),
                () -> page(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/contatti")
    String contact(@PathVariable String code, ServicePageAdministration.ContactForm form, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit("contact", () -> administration.addContact(code, null, form, admin.getName()), back(code),
                () -> page(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/documenti")
    String document(@PathVariable String code, ServicePageAdministration.DocumentForm form,
            @RequestParam(required = false) MultipartFile file, Authentication admin, Locale locale, Model model,
            RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit("document", () -> administration.addDocument(code, form,
                        file == null ? null : file.getOriginalFilename(), bytes(file), admin.getName()), back(code),
                () -> page(code, locale, model), model, flash, request, response, locale);
    }

    @PostMapping(PAGE + "/{part}/{id}/elimina")
    String remove(@PathVariable String code, @PathVariable String part, @PathVariable long id, Authentication admin,
            Locale locale, Model model, RedirectAttributes flash, HttpServletRequest request,
            HttpServletResponse response) {
        ServicePages.Part which = switch (part) {
            case "accessi" -> ServicePages.Part.ACCESS;
            case "contatti" -> ServicePages.Part.CONTACT;
            case "documenti" -> ServicePages.Part.DOCUMENT;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        return forms.submit("remove", () -> administration.remove(which, code, id, admin.getName()), back(code),
                () -> page(code, locale, model), model, flash, request, response, locale);
    }

    private static String back(String code) {
        return "/admin/categorie/" + code + "/scheda";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
