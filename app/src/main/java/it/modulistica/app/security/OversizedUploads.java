package it.modulistica.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Which page posts need the CSRF token. The token travels in the form's hidden field, never in the
 * address (where it would land in the history and in access logs). A multipart post over the
 * upload caps is the one post whose fields the container cannot read, token included: it is let
 * through without the token only when the browser says it comes from our own pages (Fetch
 * metadata {@code Sec-Fetch-Site: same-origin}, or an {@code Origin} naming this host), so that
 * the page can answer "the file is too large" beside the field. Such a request carries no field
 * the application could act on: the pages that take uploads only report the size.
 */
final class OversizedUploads {

    private OversizedUploads() {
    }

    /** Spring Security's rule (every method but GET, HEAD, TRACE, OPTIONS) less same-origin oversized uploads. */
    static boolean requireCsrfToken(HttpServletRequest request) {
        return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && !(fromOurPages(request) && oversized(request));
    }

    private static boolean oversized(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return false;
        }
        try {
            new StandardMultipartHttpServletRequest(request, false);
            return false;
        } catch (MaxUploadSizeExceededException tooLarge) {
            return true;
        } catch (MultipartException unreadable) {
            return false;
        }
    }

    private static boolean fromOurPages(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String host = request.getHeader(HttpHeaders.HOST);
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
