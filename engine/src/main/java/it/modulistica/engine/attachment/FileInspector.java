package it.modulistica.engine.attachment;

import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.FileType;
import it.modulistica.engine.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Decides whether an upload is a file of an allowed type: by the extension of its name and then by
 * its content, the signature a file of that type begins with ("magic bytes"), so a {@code .pdf}
 * holding an HTML page is refused. Then every type is read by its full structure: PDFs are parsed
 * whole ({@link PdfCheck}: Apache PDFBox; encrypted ones, JavaScript and embedded files are refused),
 * PNG and JPEG decoded whole ({@link ImageCheck}: the JDK's Image I/O, with a cap on the pixel
 * dimensions), signed files opened as CMS envelopes ({@link SignedEnvelopeCheck}: Bouncy Castle) and
 * the document inside checked as a file of its own type, XML parsed by the JDK's parser (it must be
 * well-formed). Text types (XML, TXT, CSV) must be UTF-8 and carry no markup a browser would run: a
 * document type declaration, an SVG or HTML root, a script.
 */
public final class FileInspector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** OBJECT IDENTIFIER 1.2.840.113549.1.7 (PKCS#7), the start of every CMS ContentInfo's content type. */
    private static final byte[] PKCS7_OID = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07};
    /** At most a signed file inside a signed file inside a signed file (countersignatures). */
    private static final int MAX_ENVELOPES = 3;

    private static final Pattern ACTIVE_MARKUP = Pattern.compile(
            "<!doctype|<!entity|<script|<svg|<html|<iframe|<object|<embed|<foreignobject|javascript:|\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*<(!doctype|html|head|body|script|svg|iframe|\\?xml|!--)", Pattern.CASE_INSENSITIVE);

    private FileInspector() {
    }

    /**
     * The type of the upload, when its extension is among {@code rules.accept()}, its size within
     * {@code rules.maxFileSize()} and its content of that type.
     *
     * @param pointer where a refusal is reported
     * @throws FileRefused with {@code fileEmpty}, {@code fileTooLarge}, {@code fileType},
     *                     {@code fileContent}, {@code fileUnsafe}, {@code fileEncrypted},
     *                     {@code fileImageSize}, {@code fileSignedDetached} or {@code fileSignature}
     */
    public static FileType inspect(Upload upload, FileRules rules, String pointer) {
        byte[] content = upload.content();
        if (content.length == 0) {
            throw refused(pointer, "fileEmpty", Map.of());
        }
        if (content.length > rules.maxFileSize()) {
            throw refused(pointer, "fileTooLarge", Map.of("limit", FileRules.describeSize(rules.maxFileSize(), Locale.ITALIAN)));
        }
        String extension = FileNames.extension(FileNames.sanitise(upload.fileName()));
        FileType type = FileType.ofExtension(extension).filter(t -> rules.accepts(extension)).orElseThrow(() ->
                refused(pointer, "fileType", Map.of("accept", rules.accept().stream().collect(Collectors.joining(", ")))));
        checkContent(content, type, FileNames.sanitise(upload.fileName()), pointer, 0);
        return type;
    }

    private static void checkContent(byte[] content, FileType type, String fileName, String pointer, int envelopes) {
        switch (type) {
            case PDF -> checkPdf(content, pointer);
            case PNG, JPEG -> {
                require(startsWith(content, type == FileType.PNG ? PNG : JPEG), pointer, type);
                ImageCheck.check(content, type).ifPresent(refusal -> {
                    throw refused(pointer, refusal.code(), refusal.args());
                });
            }
            case P7M -> checkSigned(content, fileName, pointer, envelopes);
            case XML -> checkXml(content, pointer);
            case TXT, CSV -> checkText(content, pointer, type);
        }
    }

    private static void checkPdf(byte[] content, String pointer) {
        require(startsWith(content, PDF), pointer, FileType.PDF);
        PdfCheck.check(content).ifPresent(refusal -> {
            throw refusal == PdfCheck.Refusal.NOT_A_PDF ? contentRefused(pointer, FileType.PDF)
                    : refused(pointer, refusal.code, Map.of());
        });
    }

    /**
     * The envelope is opened and the document inside is checked as a file of its own type: the type
     * its name has without {@code .p7m} ({@code domanda.pdf.p7m}), or a PDF or another envelope when
     * it begins like one.
     * A document of a type the platform does not know (a {@code .docx}) is kept as signed.
     */
    private static void checkSigned(byte[] content, String fileName, String pointer, int envelopes) {
        require(envelopes < MAX_ENVELOPES && isPkcs7(content), pointer, FileType.P7M);
        SignedEnvelopeCheck.Opened opened = SignedEnvelopeCheck.open(content);
        if (opened.refusal() != null) {
            throw opened.refusal().equals("fileContent") ? contentRefused(pointer, FileType.P7M)
                    : refused(pointer, opened.refusal(), Map.of());
        }
        String inner = FileNames.extension(fileName).equalsIgnoreCase("p7m")
                ? fileName.substring(0, fileName.length() - ".p7m".length()) : fileName;
        Optional<FileType> innerType = FileType.ofExtension(FileNames.extension(inner));
        if (innerType.isEmpty() && startsWith(opened.content(), PDF)) {
            innerType = Optional.of(FileType.PDF);
        } else if (innerType.isEmpty() && isPkcs7(opened.content())) {
            innerType = Optional.of(FileType.P7M);
        }
        if (innerType.isPresent()) {
            if (opened.content().length == 0) {
                throw refused(pointer, "fileEmpty", Map.of());
            }
            checkContent(opened.content(), innerType.get(), inner, pointer, envelopes + 1);
        }
    }

    private static void checkXml(byte[] content, String pointer) {
        String text = utf8(content).orElseThrow(() -> contentRefused(pointer, FileType.XML));
        String start = text.stripLeading();
        if (!start.startsWith("<?xml") && !(start.length() > 1 && start.charAt(0) == '<'
                && (Character.isLetter(start.charAt(1)) || start.charAt(1) == '_'))) {
            throw contentRefused(pointer, FileType.XML);
        }
        if (ACTIVE_MARKUP.matcher(text).find()) {
            throw refused(pointer, "fileUnsafe", Map.of());
        }
        if (!wellFormed(content)) {
            throw contentRefused(pointer, FileType.XML);
        }
    }

    /** Whether the whole document parses as XML (no document type declarations, no external entities). */
    private static boolean wellFormed(byte[] content) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new ByteArrayInputStream(content), new DefaultHandler());
            return true;
        } catch (SAXException | IOException malformed) {
            return false;
        } catch (ParserConfigurationException misconfigured) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", misconfigured);
        }
    }

    private static void checkText(byte[] content, String pointer, FileType type) {
        String text = utf8(content).orElseThrow(() -> contentRefused(pointer, type));
        if (text.indexOf('\0') >= 0 || HTML_START.matcher(text).find()) {
            throw contentRefused(pointer, type);
        }
    }

    /** A DER or BER SEQUENCE whose first element is a PKCS#7 content type. */
    private static boolean isPkcs7(byte[] content) {
        if (content.length < 2 + PKCS7_OID.length || content[0] != 0x30) {
            return false;
        }
        int lengthByte = content[1] & 0xFF;
        int offset;
        if (lengthByte < 0x80 || lengthByte == 0x80) {
            offset = 2;
        } else if (lengthByte <= 0x84) {
            offset = 2 + (lengthByte - 0x80);
        } else {
            return false;
        }
        return content.length >= offset + PKCS7_OID.length
                && Arrays.equals(content, offset, offset + PKCS7_OID.length, PKCS7_OID, 0, PKCS7_OID.length);
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static void require(boolean matches, String pointer, FileType type) {
        if (!matches) {
            throw contentRefused(pointer, type);
        }
    }

    private static FileRefused contentRefused(String pointer, FileType type) {
        return refused(pointer, "fileContent", typeArgument(type));
    }

    /** The {@code type} argument of a {@code fileContent} refusal: {@code PDF}, {@code PNG}, {@code JPG}. */
    static Map<String, Object> typeArgument(FileType type) {
        return Map.of("type", type.extensions().get(0).toUpperCase(Locale.ROOT));
    }

    private static FileRefused refused(String pointer, String code, Map<String, Object> args) {
        return new FileRefused(new Violation(pointer, code, args));
    }
}
