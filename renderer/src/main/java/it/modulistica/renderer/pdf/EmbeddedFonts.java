package it.modulistica.renderer.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.security.SecureRandom;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/**
 * Titillium Web, the font of the Italian public administration's design system (Bootstrap Italia),
 * read once per process from the Bootstrap Italia WebJar and embedded (as a subset) in every PDF. A missing font
 * file is a packaging fault and fails the first rendering loudly rather than falling back to
 * Helvetica, which lacks the look and would not be embedded.
 */
final class EmbeddedFonts {

    static final String FAMILY = "Titillium Web";

    /**
     * The regular, italic and semi-bold faces, in that order. Bold text is set semi-bold: one face
     * fewer to subset and embed in every PDF, and the design system's headings are semi-bold.
     */
    /**
     * The subset prefix of an embedded font ("ABCDEF+Name") is drawn at random for every document,
     * which would make two prints of one receipt differ; the prefix only has to tell apart subsets
     * of one font within a document, and each document embeds each face once, so a fixed one is
     * used and a receipt printed again is the same file.
     */
    private static final SecureRandom FIXED_SUBSET_PREFIX = new SecureRandom() {
        @Override
        public double nextDouble() {
            return 0.5;
        }
    };

    private static final List<FontDescription> FACES = load();

    private EmbeddedFonts() {
    }

    static List<FontDescription> faces() {
        return FACES;
    }

    private static List<FontDescription> load() {
        Properties files = new Properties();
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream("/it/modulistica/renderer/pdf/fonts.properties")) {
            if (in == null) {
                throw new IllegalStateException("fonts.properties is missing from the renderer");
            }
            files.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String directory = files.getProperty("directory");
        return List.of(
                face(directory + files.getProperty("regular"), IdentValue.FONT_WEIGHT_400, IdentValue.NORMAL),
                face(directory + files.getProperty("italic"), IdentValue.FONT_WEIGHT_400, IdentValue.ITALIC),
                face(directory + files.getProperty("semibold"), IdentValue.FONT_WEIGHT_600, IdentValue.NORMAL));
    }

    private static FontDescription face(String resource, IdentValue weight, IdentValue style) {
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing: is the Bootstrap Italia WebJar "
                        + "on the class path, in the version of the font path?");
            }
            byte[] bytes = in.readAllBytes();
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSecureRandom(FIXED_SUBSET_PREFIX);
            return TrueTypeUtil.extractDescription(name, bytes, font, false, weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
