package it.modulistica.engine.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as kept and offered for download: the last segment of what the client sent, letters,
 * digits, spaces, dots, dashes, underscores and brackets kept, anything else (controls, quotes,
 * slashes, semicolons) replaced, at most 255 characters with the extension kept.
 */
public final class FileNames {

    private static final int MAX = 255;

    private FileNames() {
    }

    public static String sanitise(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_' || c == '(' || c == ')') {
                clean.appendCodePoint(c);
            } else {
                clean.append('_');
            }
        });
        String result = clean.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("_{2,}", "_");
        if (result.replace("_", "").replace(".", "").isBlank()) {
            result = "file";
        }
        if (result.length() > MAX) {
            String extension = extension(result);
            String suffix = extension.isEmpty() ? "" : "." + extension;
            result = result.substring(0, MAX - suffix.length()) + suffix;
        }
        return result;
    }

    /** The extension after the last dot, lower case, or empty. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
