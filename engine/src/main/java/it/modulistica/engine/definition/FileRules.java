package it.modulistica.engine.definition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file field ({@code "x-widget": "file"}) accepts, from its {@code x-file}: the file types by
 * extension, the largest size of one file and how many files it holds.
 *
 * @param accept      the accepted extensions as written, lower case ({@code pdf}, {@code jpg})
 * @param maxFileSize the largest size of one file, in bytes
 * @param maxFiles    how many files the field holds at most
 */
public record FileRules(List<String> accept, long maxFileSize, int maxFiles) {

    /** The size when {@code maxFileSize} is not written: 10 MB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    private static final Pattern SIZE = Pattern.compile("^([1-9][0-9]{0,5})\\s*(B|KB|MB|GB)$");

    public FileRules {
        accept = List.copyOf(accept);
    }

    /** Whether a file with this extension (any case, no dot) may be put in the field. */
    public boolean accepts(String extension) {
        return accept.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The types of the accepted extensions. */
    public List<FileType> types() {
        return accept.stream().map(FileType::ofExtension).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * Reads a size written as a number and a unit: {@code "500KB"}, {@code "5MB"}, {@code "1GB"},
     * {@code "800B"}; units count in powers of 1024.
     */
    public static Optional<Long> parseSize(String text) {
        Matcher matcher = SIZE.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long number = Long.parseLong(matcher.group(1));
        long unit = switch (matcher.group(2)) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Optional.of(number * unit);
    }

    /** A size for people: {@code 512 B}, {@code 12 KB}, {@code 4,5 MB}. */
    public static String describeSize(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return String.format(locale, "%.0f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB").replace(",0 MB", " MB");
        }
        return String.format(locale, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
