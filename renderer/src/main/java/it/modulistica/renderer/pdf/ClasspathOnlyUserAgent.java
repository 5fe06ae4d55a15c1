package it.modulistica.renderer.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's access to resources, narrowed to the renderer's own classpath resources under
 * {@value #ALLOWED}, Flying Saucer's default style sheet and {@code data:} URIs (which read nothing). Anything else a template or a
 * value names (a {@code file:} image, an {@code http:} style sheet, a font) is refused and
 * recorded; no connection is opened and no file is read. One per document.
 */
final class ClasspathOnlyUserAgent extends ITextUserAgent {

    static final String ALLOWED = "classpath:/it/modulistica/renderer/";

    /** Flying Saucer's default style sheet for XHTML, inside its own jar. */
    private static final String DEFAULT_CSS = "/resources/css/XhtmlNamespaceHandler.css";
    private static final String DEFAULT_CSS_URL = String.valueOf(XhtmlNamespaceHandler.class.getResource(DEFAULT_CSS));

    private final List<String> refused = new ArrayList<>();

    ClasspathOnlyUserAgent(ITextOutputDevice device, int dotsPerPixel) {
        super(device, dotsPerPixel);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public String resolveURI(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        try {
            URI parsed = new URI(uri.strip());
            if (parsed.isAbsolute() || getBaseURL() == null) {
                return parsed.toString();
            }
            return URI.create(getBaseURL()).resolve(parsed).toString();
        } catch (URISyntaxException | IllegalArgumentException malformed) {
            // Kept as written so that the refusal names what the template said.
            return uri;
        }
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        String resolved = resolveURI(uri);
        if (resolved == null) {
            return null;
        }
        if (resolved.startsWith("data:")) {
            return super.resolveAndOpenStream(resolved);
        }
        if (resolved.equals(DEFAULT_CSS_URL)) {
            return XhtmlNamespaceHandler.class.getResourceAsStream(DEFAULT_CSS);
        }
        if (isAllowed(resolved)) {
            return ClasspathOnlyUserAgent.class.getResourceAsStream(resolved.substring("classpath:".length()));
        }
        refused.add(resolved);
        return null;
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        throw refusal(uri);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        throw refusal(uri);
    }

    private IOException refusal(String uri) {
        refused.add(uri);
        return new IOException("The renderer opens no connection: " + uri);
    }

    private static boolean isAllowed(String uri) {
        return uri.startsWith(ALLOWED) && !uri.contains("..") && uri.indexOf('%') < 0;
    }
}
