package it.modulistica.app.servicepages;

import it.modulistica.app.admin.RequestChecks;
import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.catalog.Categories;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.validation.Formats;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admins' changes to a category's public page, checked member by member (every wrong member
 * at once, nothing written) and audited as {@code CATEGORY_CHANGE}: its texts, access boxes,
 * assistance contacts (of the category or of a module) and documents (a PDF kept in the database,
 * or a link).
 */
@Service
public class ServicePageAdministration {

    /** The largest document kept in the database. */
    public static final int DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./-]{4,30}");

    private final ServicePages pages;
    private final Categories categories;
    private final FormCatalog catalog;
    private final AuditLog audit;

    ServicePageAdministration(ServicePages pages, Categories categories, FormCatalog catalog, AuditLog audit) {
        this.pages = pages;
        this.categories = categories;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** The page's texts; Markdown in the descriptions, English ones optional. */
    public record TextsForm(String audience, String audienceEn, String description, String descriptionEn) {
    }

    /** An access box: a module ({@code form}) or an external {@code url}, with the sign-in methods' codes. */
    public record AccessForm(String label, String labelEn, String form, String url, List<String> signIn, String note,
            String noteEn) {
    }

    /** A contact: {@code kind} PHONE or EMAIL. */
    public record ContactForm(String kind, String label, String labelEn, String address, String hours) {
    }

    /** A document: a link ({@code url}), or a PDF file sent with it. */
    public record DocumentForm(String title, String titleEn, String url) {
    }

    @Transactional
    public void updateTexts(String category, TextsForm form, String admin) {
        requireCategory(category);
        RequestChecks checks = new RequestChecks();
        String audience = checks.optional("/audience", form.audience(), 200);
        String audienceEn = checks.optional("/audienceEn", form.audienceEn(), 200);
        String description = checks.optional("/description", form.description(), 20000);
        String descriptionEn = checks.optional("/descriptionEn", form.descriptionEn(), 20000);
        checks.throwIfAny();
        pages.updateTexts(category, audience, audienceEn, description, descriptionEn);
        record(admin, "category:" + category, "page-texts", Map.of());
    }

    @Transactional
    public void addAccess(String category, AccessForm form, String admin) {
        requireCategory(category);
        RequestChecks checks = new RequestChecks();
        String label = checks.required("/label", form.label(), 200);
        String labelEn = checks.optional("/labelEn", form.labelEn(), 200);
        String module = checks.optional("/form", form.form(), 100);
        String url = checks.optional("/url", form.url(), 1000);
        if ((module == null) == (url == null)) {
            checks.add("/form", "accessTarget");
        } else if (module != null && catalog.find(module).isEmpty()) {
            checks.add("/form", "unknownModule");
        } else if (url != null && !webAddress(url)) {
            checks.add("/url", "webAddress");
        }
        List<SignInMethod> methods = methods(form.signIn(), checks);
        String note = checks.optional("/note", form.note(), 500);
        String noteEn = checks.optional("/noteEn", form.noteEn(), 500);
        checks.throwIfAny();
        pages.addAccess(category, new AccessBox(0, label, labelEn, module, url, methods, note, noteEn));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("label", label);
        details.put("form", module);
        details.put("url", url);
        record(admin, "category:" + category, "page-access-add", details);
    }

    /** A contact of the category {@code category}, or with {@code form} set of that module. */
    @Transactional
    public void addContact(String category, String form, ContactForm contact, String admin) {
        if (form != null) {
            catalog.find(form).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Il modulo " + form + " non esiste"));
        } else {
            requireCategory(category);
        }
        RequestChecks checks = new RequestChecks();
        Contact.Kind kind = null;
        try {
            kind = Contact.Kind.valueOf(contact.kind() == null ? "" : contact.kind());
        } catch (IllegalArgumentException e) {
            checks.add("/kind", "enum");
        }
        String label = checks.required("/label", contact.label(), 200);
        String labelEn = checks.optional("/labelEn", contact.labelEn(), 200);
        String address = checks.required("/address", contact.address(), 200);
        if (address != null && kind == Contact.Kind.EMAIL) {
            checks.format("/address", address, "email", "email");
        } else if (address != null && kind == Contact.Kind.PHONE && !PHONE.matcher(address).matches()) {
            checks.add("/address", "phone");
        }
        String hours = checks.optional("/hours", contact.hours(), 200);
        checks.throwIfAny();
        pages.addContact(form == null ? category : null, form,
                new Contact(0, kind, label, labelEn, address, hours));
        record(admin, form == null ? "category:" + category : "form:" + form, "contact-add",
                Map.of("kind", kind.name(), "address", address));
    }

    /**
     * A document: a link, or a PDF ({@code content} with its file name). Exactly one of the two.
     */
    @Transactional
    public void addDocument(String category, DocumentForm form, String fileName, byte[] content, String admin) {
        requireCategory(category);
        RequestChecks checks = new RequestChecks();
        String title = checks.required("/title", form.title(), 200);
        String titleEn = checks.optional("/titleEn", form.titleEn(), 200);
        String url = checks.optional("/url", form.url(), 1000);
        boolean file = content != null && content.length > 0;
        if (file == (url != null)) {
            checks.add("/file", "documentTarget");
        } else if (url != null && !webAddress(url)) {
            checks.add("/url", "webAddress");
        } else if (file && (content.length > DOCUMENT_MAX_BYTES || !pdf(content))) {
            checks.add("/file", content.length > DOCUMENT_MAX_BYTES ? "documentTooLarge" : "documentNotPdf");
        }
        checks.throwIfAny();
        String name = file ? safeName(fileName) : null;
        pages.addDocument(category, new Document(0, title, titleEn, url, name, file ? "application/pdf" : null, null),
                file ? content : null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", title);
        details.put("url", url);
        details.put("file", name);
        record(admin, "category:" + category, "document-add", details);
    }

    /** Removes an access box, contact or document of the category (or, for a module contact, of the module). */
    @Transactional
    public void remove(ServicePages.Part part, String scope, long id, String admin) {
        if (!pages.remove(part, scope, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Elemento " + id + " inesistente");
        }
        record(admin, (part == ServicePages.Part.MODULE_CONTACT ? "form:" : "category:") + scope,
                part.name().toLowerCase(java.util.Locale.ROOT) + "-remove", Map.of("id", id));
    }

    private void requireCategory(String category) {
        if (categories.find(category).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "La categoria " + category + " non esiste");
        }
    }

    private static List<SignInMethod> methods(List<String> codes, RequestChecks checks) {
        List<SignInMethod> methods = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (Arrays.stream(SignInMethod.values()).noneMatch(method -> method.name().equals(code))) {
                checks.add("/signIn", "enum");
                return List.of();
            }
            if (!methods.contains(SignInMethod.valueOf(code))) {
                methods.add(SignInMethod.valueOf(code));
            }
        }
        if (methods.isEmpty()) {
            checks.add("/signIn", "required");
        }
        return methods;
    }

    /** An absolute http or https address. */
    static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean pdf(byte[] content) {
        return content.length > 5 && new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    private static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        base = base.isBlank() ? "documento" : base.strip();
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }

    private void record(String admin, String target, String action, Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("action", action);
        all.putAll(details);
        audit.record(AuditEventType.CATEGORY_CHANGE, admin, target, AuditOutcome.SUCCESS, all);
    }
}
