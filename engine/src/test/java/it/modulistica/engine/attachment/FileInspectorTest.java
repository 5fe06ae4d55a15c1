package it.modulistica.engine.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.FileType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileInspectorTest {

    private static final FileRules EVERYTHING = new FileRules(
            List.of("pdf", "png", "jpg", "jpeg", "p7m", "xml", "txt", "csv"), 64 * 1024, 1);

    static final byte[] PDF = SampleFiles.PDF;
    static final byte[] PNG = SampleFiles.png(4, 3);
    static final byte[] JPEG = SampleFiles.jpeg(4, 3);
    static final byte[] P7M = SampleFiles.p7m(PDF);

    private static FileType inspect(String name, byte[] content) {
        return FileInspector.inspect(new Upload(name, content), EVERYTHING, "/documenti/file");
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(String name, byte[] content, String code) {
        assertThatThrownBy(() -> inspect(name, content)).isInstanceOfSatisfying(FileRefused.class, refused -> {
            assertThat(refused.violation().code()).isEqualTo(code);
            assertThat(refused.violation().pointer()).isEqualTo("/documenti/file");
        });
    }

    @Test
    void recognisesEachAcceptedTypeByItsContent() {
        assertThat(inspect("domanda.pdf", PDF)).isEqualTo(FileType.PDF);
        assertThat(inspect("Foto.PNG", PNG)).isEqualTo(FileType.PNG);
        assertThat(inspect("foto.jpeg", JPEG)).isEqualTo(FileType.JPEG);
        assertThat(inspect("foto.jpg", JPEG)).isEqualTo(FileType.JPEG);
        assertThat(inspect("domanda.pdf.p7m", P7M)).isEqualTo(FileType.P7M);
        assertThat(inspect("fattura.xml", text("\uFEFF<?xml version=\"1.0\"?><FatturaElettronica/>"))).isEqualTo(FileType.XML);
        assertThat(inspect("note.txt", text("Dichiaro che...\nàèìòù"))).isEqualTo(FileType.TXT);
        assertThat(inspect("righe.csv", text("nome;cognome\nMario;Rossi\n"))).isEqualTo(FileType.CSV);
    }

    @Test
    void refusesAPdfWhoseContentIsHtml() {
        assertRefused("domanda.pdf", text("<!DOCTYPE html><html><script>alert(1)</script></html>"), "fileContent");
    }

    @Test
    void refusesAnImageWithTheWrongSignature() {
        assertRefused("foto.png", JPEG, "fileContent");
        assertRefused("foto.jpg", PDF, "fileContent");
        assertRefused("firmato.p7m", PDF, "fileContent");
    }

    @Test
    void refusesSvgByExtensionAndAnSvgWithAScriptDisguisedAsXml() {
        byte[] svg = text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertRefused("disegno.svg", svg, "fileType");
        assertRefused("disegno.xml", svg, "fileUnsafe");
        assertRefused("dati.xml", text("<dati onload=\"alert(1)\"/>"), "fileUnsafe");
        assertRefused("dati.xml", text("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"),
                "fileUnsafe");
    }

    @Test
    void refusesTextThatIsHtmlOrBinary() {
        assertRefused("note.txt", text("  <html><body>ciao</body></html>"), "fileContent");
        assertRefused("righe.csv", new byte[] {'a', 0, 'b'}, "fileContent");
        assertRefused("note.txt", new byte[] {(byte) 0xC3, (byte) 0x28}, "fileContent");
    }

    @Test
    void refusesEmptyOversizedAndUnknownFilesWithTheirLimits() {
        assertRefused("vuoto.pdf", new byte[0], "fileEmpty");
        byte[] big = new byte[64 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> inspect("grande.pdf", big)).isInstanceOfSatisfying(FileRefused.class, refused ->
                assertThat(refused.violation().args()).isEqualTo(Map.of("limit", "64 KB")));
        assertRefused("programma.exe", PDF, "fileType");
        assertThat(FileInspector.inspect(new Upload("foto.JPEG", JPEG), new FileRules(List.of("jpg"), 1024, 1), "/f"))
                .isEqualTo(FileType.JPEG);
        assertRefused("senza-estensione", PDF, "fileType");
        assertThatThrownBy(() -> FileInspector.inspect(new Upload("foto.png", PNG), new FileRules(List.of("pdf"), 1024, 1), "/f"))
                .isInstanceOfSatisfying(FileRefused.class, refused ->
                        assertThat(refused.violation().args()).isEqualTo(Map.of("accept", "pdf")));
    }

    @Test
    void sanitisesFileNames() {
        assertThat(FileNames.sanitise("C:\\Users\\mario\\Documenti\\ISEE 2026.pdf")).isEqualTo("ISEE 2026.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("a\"b;c\r\n.pdf")).isEqualTo("a_b_c_.pdf");
        assertThat(FileNames.sanitise("...pdf")).isEqualTo("pdf");
        assertThat(FileNames.sanitise("")).isEqualTo("file");
        assertThat(FileNames.sanitise("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    @Test
    void refusesXmlThatIsNotWellFormed() {
        assertRefused("fattura.xml", text("<?xml version=\"1.0\"?><FatturaElettronica><Numero>1</Fattura>"), "fileContent");
        assertRefused("fattura.xml", text("<FatturaElettronica>"), "fileContent");
    }

    @Test
    void refusesATruncatedPngAndOneWithAnythingAfterItsEnd() {
        assertRefused("foto.png", Arrays.copyOf(PNG, PNG.length - 20), "fileContent");
        byte[] cut = SampleFiles.noisyPng(40, 40, 1);
        assertRefused("foto.png", Arrays.copyOf(cut, cut.length / 2), "fileContent");
        // Cut in the middle of the pixel data but given back its end chunk: the decoder finds it out.
        assertRefused("foto.png", concat(Arrays.copyOf(cut, cut.length / 2), pngEnd()), "fileContent");
        assertRefused("foto.png", concat(PNG, text("<html><script>alert(1)</script></html>")), "fileContent");
    }

    @Test
    void refusesAnImageHeaderFollowedByHtml() {
        byte[] html = text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        assertRefused("foto.jpg", concat(Arrays.copyOf(JPEG, 20), html), "fileContent");
        assertRefused("foto.png", concat(Arrays.copyOf(PNG, 33), html), "fileContent");
        assertRefused("foto.png", concat(concat(Arrays.copyOf(PNG, 33), html), pngEnd()), "fileContent");
    }

    @Test
    void refusesATruncatedOrCorruptJpeg() {
        assertRefused("foto.jpg", Arrays.copyOf(JPEG, JPEG.length / 2), "fileContent");
        byte[] corrupt = JPEG.clone();
        Arrays.fill(corrupt, corrupt.length / 2, corrupt.length - 2, (byte) 0xFF);
        assertRefused("foto.jpg", corrupt, "fileContent");
    }

    @Test
    void acceptsAJpegWithStrayBytesBeforeItsEndMarkerAsCamerasWriteThem() {
        byte[] stray = concat(concat(Arrays.copyOf(JPEG, JPEG.length - 2), new byte[] {0x12, 0x34, 0x56}),
                new byte[] {(byte) 0xFF, (byte) 0xD9});
        assertThat(inspect("foto.jpg", stray)).isEqualTo(FileType.JPEG);
    }

    @Test
    void refusesAnImageWhoseHeaderDeclaresAbsurdDimensionsBeforeDecodingIt() {
        byte[] huge = PNG.clone();
        // IHDR width and height (bytes 16..23) set to 50,000 × 50,000; the CRC is not what the reader checks.
        ByteBuffer.wrap(huge, 16, 8).putInt(50_000).putInt(50_000);
        assertThatThrownBy(() -> inspect("foto.png", huge)).isInstanceOfSatisfying(FileRefused.class, refused -> {
            assertThat(refused.violation().code()).isEqualTo("fileImageSize");
            assertThat(refused.violation().args()).containsEntry("width", 50_000L).containsEntry("height", 50_000L);
        });
    }

    @Test
    void decodesALargeImageWithinTheLimits() {
        assertThat(FileInspector.inspect(new Upload("foto.jpg", SampleFiles.jpeg(3000, 2000)),
                new FileRules(List.of("jpg"), 10 * 1024 * 1024, 1), "/f")).isEqualTo(FileType.JPEG);
    }

    @Test
    void opensASignedFileAndChecksTheDocumentInside() {
        assertThat(inspect("domanda.pdf.p7m", P7M)).isEqualTo(FileType.P7M);
        assertThat(inspect("firmato.p7m", P7M)).isEqualTo(FileType.P7M);
        assertThat(inspect("domanda.pdf.p7m.p7m", SampleFiles.p7m(P7M))).isEqualTo(FileType.P7M);
        assertThat(inspect("fattura.xml.p7m", SampleFiles.p7m(text("<?xml version=\"1.0\"?><Fattura/>")))).isEqualTo(FileType.P7M);
        assertThat(inspect("contratto.docx.p7m", SampleFiles.p7m(new byte[] {'P', 'K', 3, 4}))).isEqualTo(FileType.P7M);

        assertRefused("domanda.pdf.p7m", SampleFiles.p7m(text("%PDF-1.4\n<html><script>alert(1)</script></html>")), "fileContent");
        byte[] withScript = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertRefused("firmato.p7m", SampleFiles.p7m(withScript), "fileUnsafe");
        assertRefused("foto.png.p7m", SampleFiles.p7m(Arrays.copyOf(PNG, 30)), "fileContent");
        // An envelope in an envelope is opened too, whatever the name says; not endlessly.
        assertRefused("firmato.p7m", SampleFiles.p7m(SampleFiles.p7m(withScript)), "fileUnsafe");
        assertRefused("firmato.p7m", SampleFiles.p7m(SampleFiles.p7m(SampleFiles.p7m(P7M))), "fileContent");
    }

    @Test
    void refusesASignedFileThatIsGarbageDetachedOrAltered() {
        assertRefused("firmato.p7m", concat(Arrays.copyOf(P7M, 16), text("<html>not a signature</html>".repeat(10))), "fileContent");
        assertRefused("firmato.p7m", Arrays.copyOf(P7M, P7M.length - 40), "fileContent");
        assertRefused("domanda.pdf.p7m", SampleFiles.detachedSignature(PDF), "fileSignedDetached");

        byte[] altered = P7M.clone();
        int at = indexOf(altered, "/MediaBox [0 0 595".getBytes(StandardCharsets.US_ASCII));
        altered[at + "/MediaBox [0 0 ".length()] = '4';
        assertRefused("domanda.pdf.p7m", altered, "fileSignature");
    }

    private static byte[] pngEnd() {
        return Arrays.copyOfRange(PNG, PNG.length - 12, PNG.length);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static int indexOf(byte[] content, byte[] part) {
        for (int i = 0; i + part.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not found");
    }
}
