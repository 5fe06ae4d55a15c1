package it.modulistica.engine.attachment;

import it.modulistica.engine.definition.FileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A PNG or JPEG is decoded whole with the JDK's Image I/O, not recognised by its first bytes: a file
 * cut short, corrupt, or a valid header followed by something else (an HTML page) is refused, and so
 * is a decoder warning ("premature end of JPEG file", "corrupt JPEG data"), which the JDK otherwise
 * papers over with grey pixels (stray bytes between markers, which some cameras write, are
 * tolerated). A PNG must also end with its {@code IEND} chunk: nothing may ride after the image.
 *
 * <p>The pixel dimensions are read from the header before any pixel is decoded; beyond
 * {@link #MAX_SIDE} pixels a side or {@link #MAX_MEGAPIXELS} megapixels the image is refused (a small
 * file can declare a huge canvas). The decoding then samples the image down to about one megapixel,
 * so every byte of the compressed data is still read and checked while the memory used stays small
 * whatever the size of the photo.
 */
final class ImageCheck {

    /** Why an image is refused: its violation code and arguments. */
    record Refusal(String code, Map<String, Object> args) {
    }

    static final int MAX_SIDE = 30_000;
    static final int MAX_MEGAPIXELS = 80;
    private static final long DECODED_PIXELS = 1_000_000;
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private ImageCheck() {
    }

    /** Empty when the content is a whole, decodable image of the type, of sensible dimensions. */
    static Optional<Refusal> check(byte[] content, FileType type) {
        if (type == FileType.PNG && !endsWith(content, PNG_END)) {
            return notAnImage(type);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == FileType.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new IllegalStateException("The JDK has no Image I/O reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            boolean[] warned = {false};
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warned[0] |= !harmless(warning));
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                return notAnImage(type);
            }
            if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_MEGAPIXELS * 1_000_000L) {
                return Optional.of(new Refusal("fileImageSize",
                        Map.of("width", width, "height", height, "limit", MAX_MEGAPIXELS, "side", MAX_SIDE)));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
            param.setSourceSubsampling(step, step, 0, 0);
            // JPEGs in CMYK (scanners, print software) decode only as a raster; the check needs no colours.
            if (reader.canReadRaster()) {
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
            return warned[0] ? notAnImage(type) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return notAnImage(type);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Stray bytes between two JPEG markers, which some cameras write and every viewer skips, are not
     * a damaged image; a premature end or a corrupt data segment is.
     */
    private static boolean harmless(String warning) {
        return warning != null && warning.toLowerCase(Locale.ROOT).contains("extraneous bytes before marker");
    }

    private static Optional<Refusal> notAnImage(FileType type) {
        return Optional.of(new Refusal("fileContent", FileInspector.typeArgument(type)));
    }

    private static boolean endsWith(byte[] content, byte[] suffix) {
        return content.length >= suffix.length
                && Arrays.equals(content, content.length - suffix.length, content.length, suffix, 0, suffix.length);
    }
}
