package it.modulistica.renderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text of a PDF as PDFBox extracts it, with the page count and the right-most glyph edge. */
public record PdfText(String text, int pages, float pageWidth, float rightmostGlyphEdge) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document);
            return new PdfText(text, document.getNumberOfPages(), document.getPage(0).getMediaBox().getWidth(), rightmost[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without any white space, so that line and page breaks inside values do not matter. */
    public String squeezed() {
        return squeeze(text);
    }

    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
