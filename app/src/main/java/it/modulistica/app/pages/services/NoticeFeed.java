package it.modulistica.app.pages.services;

import it.modulistica.app.catalog.Categories;
import it.modulistica.app.catalog.ModuleCatalogue;
import it.modulistica.app.notices.Notice;
import it.modulistica.app.notices.Notices;
import it.modulistica.app.servicepages.Markdown;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /servizi/{category}/avvisi.atom}: the avvisi valid now on the category's page (the
 * platform's, the category's, its modules'), newest first, as an Atom 1.0 feed (RFC 4287) whose
 * entry content is the HTML rendered from the notice's Markdown.
 */
@RestController
class NoticeFeed {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ModuleCatalogue catalogue;
    private final Categories categories;
    private final Notices notices;
    private final Markdown markdown;
    private final MessageSource messages;

    NoticeFeed(ModuleCatalogue catalogue, Categories categories, Notices notices, Markdown markdown, MessageSource messages) {
        this.catalogue = catalogue;
        this.categories = categories;
        this.notices = notices;
        this.markdown = markdown;
        this.messages = messages;
    }

    @GetMapping("/servizi/{category}/avvisi.atom")
    ResponseEntity<String> feed(@PathVariable String category, Locale locale) {
        ModuleCatalogue.Section section = catalogue.section(category)
                .or(() -> categories.find(category).map(found -> new ModuleCatalogue.Section(found, List.of())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Notice> valid = notices.valid(Set.of(category), section.modules().stream()
                .map(listed -> listed.definition().code()).toList());
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String page = base + "/servizi/" + category;
        Instant updated = valid.stream().map(NoticeFeed::written).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(locale.getLanguage())
                .append("\">\n")
                .append("<id>").append(escape(page + "/avvisi.atom")).append("</id>\n")
                .append("<title>").append(escape(messages.getMessage("services.feed.title",
                        new Object[] {section.category().name()}, locale))).append("</title>\n")
                .append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("<link rel=\"self\" href=\"").append(escape(page + "/avvisi.atom")).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(page)).append("\"/>\n")
                .append("<author><name>").append(escape(messages.getMessage("app.name", null, locale)))
                .append("</name></author>\n");
        for (Notice notice : valid) {
            xml.append("<entry>\n")
                    .append("<id>").append(escape(page + "/avvisi/" + notice.id())).append("</id>\n")
                    .append("<title>").append(escape(notice.title())).append("</title>\n")
                    .append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(written(notice)))
                    .append("</updated>\n")
                    .append("<published>").append(DateTimeFormatter.ISO_INSTANT.format(starts(notice)))
                    .append("</published>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(page + "#avviso-"
                            + notice.id())).append("\"/>\n")
                    .append("<content type=\"html\">").append(escape(markdown.html(notice.body())))
                    .append("</content>\n")
                    .append("</entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static Instant starts(Notice notice) {
        return notice.validFrom().atZone(OpeningWindow.ZONE).toInstant();
    }

    /** When the entry last changed for a reader: it appears when its validity starts. */
    private static Instant written(Notice notice) {
        Instant starts = starts(notice);
        return starts.isAfter(notice.createdAt()) ? starts : notice.createdAt();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
