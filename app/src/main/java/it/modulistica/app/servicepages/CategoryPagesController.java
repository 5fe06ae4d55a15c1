package it.modulistica.app.servicepages;

import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.Category;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public content of the categories' pages as data: {@code GET /api/categories} and
 * {@code GET /api/categories/{code}} for anyone, signed in or not (what {@code /servizi/{code}}
 * shows, the Markdown as written and as rendered safely); {@code PUT /api/admin/categories/{code}/page}
 * for admins, replacing the whole of it ({@code PUT /api/admin/categories/{code}} is the category's
 * name and style).
 */
@RestController
class CategoryPagesController {

    private final Categories categories;
    private final ServicePages pages;
    private final ServicePageAdministration administration;
    private final Markdown markdown;

    CategoryPagesController(Categories categories, ServicePages pages, ServicePageAdministration administration,
            Markdown markdown) {
        this.categories = categories;
        this.pages = pages;
        this.administration = administration;
        this.markdown = markdown;
    }

    /**
     * A category's public content. The texts are Markdown as the admins wrote them; the
     * {@code *Html} members are the same rendered with raw HTML printed as text and unsafe links
     * dropped, as the pages show them.
     */
    record CategoryContent(String code, String name, String icon, String colour, String audience, String audienceEn,
            String description, String descriptionEn, String descriptionHtml, String descriptionEnHtml,
            List<AccessItem> access, List<ContactItem> contacts, List<DocumentItem> documents) {
    }

    /** An access box: to a module ({@code form}, through sign-in) or to an external {@code url}. */
    record AccessItem(String label, String labelEn, String form, String url, List<SignInMethod> signIn, String note,
            String noteEn) {
    }

    /** A contact: {@code kind} PHONE or EMAIL. */
    record ContactItem(String kind, String label, String labelEn, String address, String hours) {
    }

    /**
     * A document: a link ({@code url}), or a stored PDF ({@code id}, its {@code fileName} and where
     * to {@code download} it).
     */
    record DocumentItem(Long id, String title, String titleEn, String url, String fileName, String download) {
    }

    @GetMapping(path = "/api/categories", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CategoryContent> list() {
        return categories.all().stream().map(this::content).toList();
    }

    @GetMapping(path = "/api/categories/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    CategoryContent category(@PathVariable String code) {
        return content(categories.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "La categoria " + code + " non esiste")));
    }

    @PutMapping(path = "/api/admin/categories/{code}/page", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CategoryContent replace(@PathVariable String code, @RequestBody ServicePageAdministration.PageForm form,
            Authentication admin) {
        administration.replacePage(code, form, admin.getName());
        return category(code);
    }

    private CategoryContent content(Category category) {
        ServicePage page = pages.of(category.code()).orElseThrow(() -> new IllegalStateException(
                "Category " + category.code() + " has no row"));
        return new CategoryContent(category.code(), category.name(), category.icon(), category.colour(),
                page.audience(), page.audienceEn(), page.description(), page.descriptionEn(),
                markdown.html(page.description()), markdown.html(page.descriptionEn()),
                page.access().stream().map(box -> new AccessItem(box.label(), box.labelEn(), box.form(), box.url(),
                        box.signIn(), box.note(), box.noteEn())).toList(),
                page.contacts().stream().map(contact -> new ContactItem(contact.kind().name(), contact.label(),
                        contact.labelEn(), contact.address(), contact.hours())).toList(),
                page.documents().stream().map(document -> document.stored()
                        ? new DocumentItem(document.id(), document.title(), document.titleEn(), null,
                                document.fileName(), "/servizi/" + category.code() + "/documenti/" + document.id())
                        : new DocumentItem(null, document.title(), document.titleEn(), document.url(), null, null))
                        .toList());
    }
}
