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
 * or a link); or the whole of it at once ({@link #replacePage}, the API's).
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
        AccessBox box = access("", form, checks);
        checks.throwIfAny();
        pages.addAccess(category, box);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("label", box.label());
        details.put("form", box.form());
        details.put("url", box.url());
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
        Contact checked = contact("", contact, checks);
        checks.throwIfAny();
        pages.addContact(form == null ? category : null, form, checked);
        record(admin, form == null ? "category:" + category : "form:" + form, "contact-add",
                Map.of("kind", checked.kind().name(), "address", checked.address()));
    }

    /** The whole public content of a category, as {@code PUT /api/admin/categories/{code}/page} sends it. */
    public record PageForm(String audience, String audienceEn, String description, String descriptionEn,
            List<AccessForm> access, List<ContactForm> contacts, List<PageDocumentForm> documents) {
    }

    /**
     * A document of {@link PageForm}: a link ({@code url}), or, with {@code id}, a PDF the category
     * already keeps (uploaded on its page), which stays with the title given.
     */
    public record PageDocumentForm(Long id, String title, String titleEn, String url) {
    }

    /**
     * Replaces the public content of the category with {@code form}: texts, access boxes, contacts
     * and documents, in the order given; the stored PDFs not listed are removed. Every wrong member
     * is reported at once and nothing is written.
     */
    @Transactional
    public void replacePage(String category, PageForm form, String admin) {
        requireCategory(category);
        RequestChecks checks = new RequestChecks();
        String audience = checks.optional("/audience", form.audience(), 200);
        String audienceEn = checks.optional("/audienceEn", form.audienceEn(), 200);
        String description = checks.optional("/description", form.description(), 20000);
        String descriptionEn = checks.optional("/descriptionEn", form.descriptionEn(), 20000);
        List<AccessBox> boxes = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        if (list(form.access(), "/access", checks)) {
            for (int i = 0; i < form.access().size(); i++) {
                boxes.add(access("/access/" + i, nonNull(form.access().get(i), AccessForm.class), checks));
            }
        }
        if (list(form.contacts(), "/contacts", checks)) {
            for (int i = 0; i < form.contacts().size(); i++) {
                contacts.add(contact("/contacts/" + i, nonNull(form.contacts().get(i), ContactForm.class), checks));
            }
        }
        if (list(form.documents(), "/documents", checks)) {
            List<Long> stored = pages.documents(category).stream().filter(Document::stored).map(Document::id).toList();
            for (int i = 0; i < form.documents().size(); i++) {
                documents.add(document("/documents/" + i,
                        nonNull(form.documents().get(i), PageDocumentForm.class), stored, checks));
            }
        }
        checks.throwIfAny();
        pages.updateTexts(category, audience, audienceEn, description, descriptionEn);
        pages.replaceParts(category, boxes, contacts, documents);
        record(admin, "category:" + category, "page-replace", Map.of("access", boxes.size(),
                "contacts", contacts.size(), "documents", documents.size()));
    }

    private static boolean list(List<?> items, String pointer, RequestChecks checks) {
        if (items == null) {
            checks.add(pointer, "required");
            return false;
        }
        return true;
    }

    /** A JSON {@code null} in a list is checked like an item with every member missing. */
    private static <T> T nonNull(T item, Class<T> type) {
        if (item != null) {
            return item;
        }
        if (type == AccessForm.class) {
            return type.cast(new AccessForm(null, null, null, null, null, null, null));
        }
        if (type == ContactForm.class) {
            return type.cast(new ContactForm(null, null, null, null, null));
        }
        return type.cast(new PageDocumentForm(null, null, null, null));
    }

    private AccessBox access(String at, AccessForm form, RequestChecks checks) {
        String label = checks.required(at + "/label", form.label(), 200);
        String labelEn = checks.optional(at + "/labelEn", form.labelEn(), 200);
        String module = checks.optional(at + "/form", form.form(), 100);
        String url = checks.optional(at + "/url", form.url(), 1000);
        if ((module == null) == (url == null)) {
            checks.add(at + "/form", "accessTarget");
        } else if (module != null && catalog.find(module).isEmpty()) {
            checks.add(at + "/form", "unknownModule");
        } else if (url != null && !webAddress(url)) {
            checks.add(at + "/url", "webAddress");
        }
        List<SignInMethod> methods = methods(at, form.signIn(), checks);
        String note = checks.optional(at + "/note", form.note(), 500);
        String noteEn = checks.optional(at + "/noteEn", form.noteEn(), 500);
        return new AccessBox(0, label, labelEn, module, url, methods, note, noteEn);
    }

    private static Contact contact(String at, ContactForm contact, RequestChecks checks) {
        Contact.Kind kind = null;
        try {
            kind = Contact.Kind.valueOf(contact.kind() == null ? "" : contact.kind());
        } catch (IllegalArgumentException e) {
            checks.add(at + "/kind", "enum");
        }
        String label = checks.required(at + "/label", contact.label(), 200);
        String labelEn = checks.optional(at + "/labelEn", contact.labelEn(), 200);
        String address = checks.required(at + "/address", contact.address(), 200);
        if (address != null && kind == Contact.Kind.EMAIL) {
            checks.format(at + "/address", address, "email", "email");
        } else if (address != null && kind == Contact.Kind.PHONE && !PHONE.matcher(address).matches()) {
            checks.add(at + "/address", "phone");
        }
        String hours = checks.optional(at + "/hours", contact.hours(), 200);
        return new Contact(0, kind, label, labelEn, address, hours);
    }

    private static Document document(String at, PageDocumentForm form, List<Long> stored, RequestChecks checks) {
        String title = checks.required(at + "/title", form.title(), 200);
        String titleEn = checks.optional(at + "/titleEn", form.titleEn(), 200);
        String url = checks.optional(at + "/url", form.url(), 1000);
        if ((form.id() == null) == (url == null)) {
            checks.add(at + "/url", "documentTarget");
        } else if (form.id() != null && !stored.contains(form.id())) {
            checks.add(at + "/id", "unknownDocument");
        } else if (url != null && !webAddress(url)) {
            checks.add(at + "/url", "webAddress");
        }
        return new Document(form.id() == null ? 0 : form.id(), title, titleEn, url, null, null, null);
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

    private static List<SignInMethod> methods(String at, List<String> codes, RequestChecks checks) {
        List<SignInMethod> methods = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (Arrays.stream(SignInMethod.values()).noneMatch(method -> method.name().equals(code))) {
                checks.add(at + "/signIn", "enum");
                return List.of();
            }
            if (!methods.contains(SignInMethod.valueOf(code))) {
                methods.add(SignInMethod.valueOf(code));
            }
        }
        if (methods.isEmpty()) {
            checks.add(at + "/signIn", "required");
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
