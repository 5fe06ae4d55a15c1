package it.modulistica.app.pages.services;

import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.Category;
import it.modulistica.app.catalog.ModuleCatalogue;
import it.modulistica.app.notices.Notices;
import it.modulistica.app.pages.AssistanceContacts;
import it.modulistica.app.pages.InstanceLabels;
import it.modulistica.app.pages.NoticeViews;
import it.modulistica.app.servicepages.AccessBox;
import it.modulistica.app.servicepages.Document;
import it.modulistica.app.servicepages.Markdown;
import it.modulistica.app.servicepages.ServicePage;
import it.modulistica.app.servicepages.ServicePages;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.window.OpeningWindows;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /servizi}: the services (categories) and their modules with windows and the platform's
 * avvisi; {@code /servizi/{category}}: the category's scheda. Both open to anyone, signed in or not.
 */
@Controller
class ServicePagesController {

    private final ModuleCatalogue catalogue;
    private final Categories categories;
    private final ServicePages pages;
    private final Notices notices;
    private final NoticeViews noticeViews;
    private final Markdown markdown;
    private final OpeningWindows windows;
    private final MessageSource messages;
    private final Clock clock;

    ServicePagesController(ModuleCatalogue catalogue, Categories categories, ServicePages pages, Notices notices, NoticeViews noticeViews,
            Markdown markdown, OpeningWindows windows, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.categories = categories;
        this.pages = pages;
        this.notices = notices;
        this.noticeViews = noticeViews;
        this.markdown = markdown;
        this.windows = windows;
        this.messages = messages;
        this.clock = clock;
    }

    /** A published module with its window, as anyone may read it. */
    public record PublicModule(String code, String title, String description, String state, String opens,
            String closes, String suspension) {
    }

    /** A category on the home page: its modules and its audience. */
    public record Service(Category category, String audience, List<PublicModule> modules) {
    }

    /** An access box: where it leads, how one signs in there. */
    public record Box(String label, String href, boolean external, List<String> signIn, String note) {
    }

    /** A document: a download from here or a link elsewhere. */
    public record DocumentView(String title, String href, boolean external, String size) {
    }

    @GetMapping("/servizi")
    String home(Locale locale, Model model) {
        model.addAttribute("services", catalogue.sections().stream()
                .map(section -> new Service(section.category(),
                        pages.of(section.category().code()).map(page -> AssistanceContacts.localised(page.audience(), page.audienceEn(),
                                locale)).orElse(""),
                        section.modules().stream().map(listed -> module(listed, locale)).toList()))
                .toList());
        model.addAttribute("notices", noticeViews.of(notices.valid(Set.of(), Set.of())));
        return "pages/services/home";
    }

    @GetMapping("/servizi/{category}")
    String category(@PathVariable String category, Locale locale, Model model) {
        // A category an admin described shows its page even before it lists a module.
        ModuleCatalogue.Section section = catalogue.section(category)
                .or(() -> categories.find(category).map(found -> new ModuleCatalogue.Section(found, List.of())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ServicePage page = pages.of(category).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("category", section.category());
        model.addAttribute("audience", AssistanceContacts.localised(page.audience(), page.audienceEn(), locale));
        model.addAttribute("description", markdown.html(AssistanceContacts.localised(page.description(), page.descriptionEn(), locale)));
        model.addAttribute("access", page.access().stream().map(box -> box(box, category, locale)).toList());
        model.addAttribute("modules", section.modules().stream().map(listed -> module(listed, locale)).toList());
        model.addAttribute("notices", noticeViews.of(notices.valid(Set.of(category), section.modules().stream()
                .map(listed -> listed.definition().code()).toList())));
        model.addAttribute("contacts", AssistanceContacts.views(page.contacts(), locale));
        model.addAttribute("documents", page.documents().stream().map(document -> document(document, category, locale))
                .toList());
        return "pages/services/category";
    }

    @GetMapping("/servizi/{category}/documenti/{id}")
    ResponseEntity<byte[]> document(@PathVariable String category, @PathVariable long id) {
        ServicePages.StoredFile file = pages.file(category, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache())
                .body(file.content());
    }

    private Box box(AccessBox box, String category, Locale locale) {
        String href = box.form() != null ? "/nuova-istanza/" + catalogue.find(box.form())
                .map(ModuleCatalogue.Listed::category).orElse(category) + "#module-" + box.form() : box.url();
        return new Box(AssistanceContacts.localised(box.label(), box.labelEn(), locale), href, box.form() == null,
                box.signIn().stream().map(method -> messages.getMessage("signin." + method.name(), null, locale))
                        .toList(),
                AssistanceContacts.localised(box.note(), box.noteEn(), locale));
    }

    private DocumentView document(Document document, String category, Locale locale) {
        String title = AssistanceContacts.localised(document.title(), document.titleEn(), locale);
        return document.stored()
                ? new DocumentView(title, "/servizi/" + category + "/documenti/" + document.id(), false,
                        size(document.size(), locale))
                : new DocumentView(title, document.url(), true, "");
    }

    private static String size(Long bytes, Locale locale) {
        if (bytes == null) {
            return "";
        }
        return bytes >= 1024 * 1024 ? String.format(locale, "%.2f MB", bytes / (1024.0 * 1024))
                : String.format(locale, "%.2f KB", bytes / 1024.0);
    }

    private PublicModule module(ModuleCatalogue.Listed listed, Locale locale) {
        FormDefinition definition = listed.definition();
        OpeningWindow window = windows.effective(definition);
        String state = listed.suspended() ? "suspended"
                : windows.isOpen(definition, null, clock.instant()) ? "open"
                : window.opens() != null && window.opens().isAfter(java.time.LocalDateTime.now(
                        clock.withZone(OpeningWindow.ZONE))) ? "upcoming" : "closed";
        return new PublicModule(definition.code(), definition.title().in(locale), definition.description().in(locale),
                state, format(window.opens()), format(window.closes()),
                listed.suspended() ? listed.publication().reason() : "");
    }

    private static String format(java.time.LocalDateTime time) {
        return time == null ? "" : InstanceLabels.date(time) + " " + InstanceLabels.time(time);
    }
}
