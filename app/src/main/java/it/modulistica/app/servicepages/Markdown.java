package it.modulistica.app.servicepages;

import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.springframework.stereotype.Component;

/**
 * Markdown written by admins (category pages, notices), rendered to HTML that cannot carry markup
 * of its own: raw HTML blocks and inline tags are printed as text, and a link or image whose
 * address is not http, https, mailto, tel or relative loses it ({@code javascript:}, {@code data:}
 * and the like). Links to other sites open with {@code rel="noopener noreferrer"}.
 */
@Component
public class Markdown {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SchemeSanitizer())
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link && attributes.getOrDefault("href", "").contains("://")) {
                    attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();

    /** The HTML of {@code markdown}; empty for null or blank text. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return renderer.render(parser.parse(markdown));
    }

    private static final class SchemeSanitizer implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url);
        }

        private static String safe(String url) {
            String compact = url.replaceAll("[\\s\\p{Cntrl}]", "");
            int colon = compact.indexOf(':');
            int end = firstOf(compact, "/?#");
            if (colon < 0 || (end >= 0 && end < colon)) {
                return url;
            }
            return SCHEMES.contains(compact.substring(0, colon).toLowerCase(java.util.Locale.ROOT)) ? url : "";
        }

        private static int firstOf(String text, String characters) {
            int first = -1;
            for (char c : characters.toCharArray()) {
                int at = text.indexOf(c);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }
}
