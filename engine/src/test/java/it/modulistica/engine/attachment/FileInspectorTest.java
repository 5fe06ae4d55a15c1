package it.modulistica.engine.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.FileType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileInspectorTest {

    private static final FileRules EVERYTHING = new FileRules(
            List.of("pdf", "png", "jpg", "jpeg", "p7m", "xml", "txt", "csv"), 1024, 1);

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    /** SEQUENCE (long form length) { OID 1.2.840.113549.1.7.2 signedData ... }. */
    static final byte[] P7M = {0x30, (byte) 0x82, 0x01, 0x00, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xF7, 0x0D, 0x01, 0x07, 0x02, (byte) 0xA0};

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
        byte[] big = new byte[1025];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> inspect("grande.pdf", big)).isInstanceOfSatisfying(FileRefused.class, refused ->
                assertThat(refused.violation().args()).isEqualTo(Map.of("limit", "1 KB")));
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
}
