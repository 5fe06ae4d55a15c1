package it.modulistica.renderer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceIsolationTest {

    private final PdfPrinter printer = new PdfPrinter();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String http;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        http = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void refusesFileAndHttpResourcesWithoutReadingThem(@TempDir Path directory) throws IOException {
        Path image = Files.write(directory.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path css = Files.writeString(directory.resolve("style.css"), "body { color: red; }");
        String document = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" type="text/css" href="%1$s/style.css"/>
                <link rel="stylesheet" type="text/css" href="%3$s"/>
                <style type="text/css">
                @import url(%1$s/imported.css);
                @font-face { font-family: Other; src: url(%1$s/font.ttf); }
                body { background-image: url(%1$s/background.png); font-family: Other; }
                </style></head>
                <body><p>Testo</p>
                <img src="%2$s"/><img src="file:///etc/passwd"/><img src="%1$s/image.png"/>
                </body></html>
                """.formatted(http, image.toUri(), css.toUri());

        PdfPrinter.Printed printed = printer.printReporting(document);

        assertThat(printed.pdf()).isNotEmpty();
        assertThat(requests).hasValue(0);
        assertThat(printed.refused()).contains(http + "/style.css", css.toUri().toString(), http + "/imported.css",
                http + "/image.png", image.toUri().toString(), "file:///etc/passwd");
    }

    @Test
    void readsTheRendererOwnStyleSheetFromTheClasspath() {
        String document = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" type="text/css" href="receipt.css"/></head>
                <body><p>Testo</p></body></html>
                """;

        PdfPrinter.Printed printed = printer.printReporting(document);

        assertThat(printed.refused()).isEmpty();
    }

    @Test
    void refusesDocumentsDeclaringEntities() {
        String document = """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&secret;</p></body></html>
                """;

        assertThatThrownBy(() -> printer.print(document)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void embedsTitilliumWeb() {
        byte[] pdf = printer.print("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body style=\"font-family: 'Titillium Web'\">"
                + "<p>àèéìòù <b>grassetto</b> <i>corsivo</i></p></body></html>");

        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("TitilliumWeb-Regular", "TitilliumWeb-SemiBold", "TitilliumWeb-Italic", "/FontFile2");
    }
}
