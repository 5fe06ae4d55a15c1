package it.modulistica.renderer.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * Gives the embedded Titillium Web faces for {@code "Titillium Web"}, {@code sans-serif} and
 * unknown families; the PDF base fonts only for the families that ask for them (serif, monospace).
 * One per document: Flying Saucer's resolver keeps a cache that is not thread-safe, while the
 * faces themselves are shared.
 */
final class EmbeddedFontResolver extends ITextFontResolver {

    private static final Set<String> BASE_FAMILIES = Set.of("serif", "monospace", "courier", "times",
            "times new roman", "helvetica", "symbol", "zapfdingbats");

    private final Map<String, FSFont> fonts = new HashMap<>();

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        if (spec.families != null) {
            for (String family : spec.families) {
                String name = family.replace("\"", "").replace("'", "").strip().toLowerCase(Locale.ROOT);
                if (name.equals("titillium web") || name.equals("sans-serif")) {
                    break;
                }
                if (BASE_FAMILIES.contains(name)) {
                    return super.resolveFont(context, spec);
                }
            }
        }
        FontDescription face = face(convertWeightToInt(spec.fontWeight), spec.fontStyle);
        return fonts.computeIfAbsent(face.getWeight() + "/" + face.getStyle() + "/" + spec.size,
                k -> new ITextFSFont(face, spec.size));
    }

    private static FontDescription face(int weight, IdentValue style) {
        List<FontDescription> faces = EmbeddedFonts.faces();
        if (weight >= 600) {
            return faces.get(2);
        }
        return style == IdentValue.ITALIC || style == IdentValue.OBLIQUE ? faces.get(1) : faces.get(0);
    }
}
