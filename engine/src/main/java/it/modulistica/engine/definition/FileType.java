package it.modulistica.engine.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a file field may accept ({@code x-file.accept}): the platform recognises each
 * by its content, not only by its extension, and stores it with the media type written here.
 * SVG and HTML are deliberately absent: they can carry scripts.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    P7M("application/pkcs7-mime", "p7m"),
    XML("application/xml", "xml"),
    TXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extensions of this type, lower case without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type an extension names, case-insensitively ({@code "PDF"}, {@code "jpeg"}). */
    public static Optional<FileType> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(wanted)).findFirst();
    }

    /** The type of a media type ({@code application/pdf}), case-insensitively. */
    public static Optional<FileType> ofMediaType(String mediaType) {
        String wanted = mediaType.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(wanted)).findFirst();
    }

    /** Every known extension, for messages to authors. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList();
    }
}
