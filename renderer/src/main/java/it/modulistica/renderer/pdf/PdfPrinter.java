package it.modulistica.renderer.pdf;

import com.lowagie.text.DocumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Prints a well-formed XHTML document to PDF with Flying Saucer: page size, margins, running
 * header and footer come from the document's CSS ({@code @page}); text is set in the embedded
 * Titillium Web. The document is parsed here with DOCTYPEs and external entities forbidden, and the
 * only resources it may load are the renderer's own classpath files: every other URI is refused.
 * Safe for concurrent use: each call lays out its own document.
 */
public final class PdfPrinter {

    private static final Logger log = LoggerFactory.getLogger(PdfPrinter.class);

    /** Relative URIs of templates resolve here, so they can name the renderer's bundled files. */
    public static final String BASE_URI = "classpath:/it/modulistica/renderer/templates/";

    private static final float DOTS_PER_POINT = 20f * 4f / 3f;
    private static final int DOTS_PER_PIXEL = 20;

    private static final DocumentBuilderFactory XML = secureFactory();

    /** A builder per thread: making one costs more than parsing a receipt's few kilobytes. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(PdfPrinter::newBuilder);

    /** A printed document and the URIs it asked for that were refused. */
    record Printed(byte[] pdf, List<String> refused) {
    }

    /**
     * Loads the fonts now rather than at the first receipt.
     *
     * @throws IllegalStateException if the font files are not on the class path
     */
    public PdfPrinter() {
        EmbeddedFonts.faces();
    }

    /**
     * The PDF of an XHTML document.
     *
     * @throws IllegalArgumentException if the text is not well-formed XML or declares a DOCTYPE
     * @throws IllegalStateException    if Flying Saucer cannot lay it out
     */
    public byte[] print(String xhtml) {
        Printed printed = printReporting(xhtml);
        if (!printed.refused().isEmpty()) {
            log.warn("The document asked for resources outside the renderer, refused: {}", printed.refused());
        }
        return printed.pdf();
    }

    Printed printReporting(String xhtml) {
        Document document = parse(xhtml);
        ITextOutputDevice device = new ITextOutputDevice(DOTS_PER_POINT);
        ClasspathOnlyUserAgent userAgent = new ClasspathOnlyUserAgent(device, DOTS_PER_PIXEL);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device, userAgent,
                new EmbeddedFontResolver());
        renderer.setDocument(document, BASE_URI);
        renderer.setListener(new Reproducible(xhtml));
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IllegalStateException("Flying Saucer could not write the PDF", e);
        }
        return new Printed(out.toByteArray(), userAgent.refused());
    }

    /**
     * Makes the bytes a function of the document alone, so a receipt printed again is the same file:
     * no creation or modification time, and a file identifier taken from the document's SHA-256
     * instead of the clock.
     */
    private static final class Reproducible extends DefaultPDFCreationListener {

        private final byte[] fileId;

        Reproducible(String xhtml) {
            try {
                fileId = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8)), 16);
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
            }
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfDictionary info = renderer.getWriter().getInfo();
            info.remove(PdfName.CREATIONDATE);
            info.remove(PdfName.MODDATE);
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        }
    }

    private static Document parse(String xhtml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("The document is not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot parse the document", e);
        } finally {
            builder.reset();
            builder.setEntityResolver(PdfPrinter::refuseEntity);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder;
            // The factory is not guaranteed to be thread-safe; each builder is used by one thread.
            synchronized (XML) {
                builder = XML.newDocumentBuilder();
            }
            builder.setEntityResolver(PdfPrinter::refuseEntity);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Cannot make an XML parser", e);
        }
    }

    private static InputSource refuseEntity(String publicId, String systemId) throws SAXException {
        throw new SAXException("External entities are not read: " + systemId);
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser lacks the features that keep it safe", e);
        }
    }
}
