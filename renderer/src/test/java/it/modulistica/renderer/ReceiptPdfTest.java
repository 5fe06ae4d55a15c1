package it.modulistica.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSource;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FieldKind;
import it.modulistica.engine.definition.FormDefinition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReceiptPdfTest {

    private static final InstanceRenderer RENDERER = new InstanceRenderer();

    static List<Path> validExamples() {
        return Examples.validExamples();
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void receiptShowsEveryLabelAndValueOfTheExample(Path example) {
        ObjectNode data = Examples.read(example);
        PdfText pdf = PdfText.of(RENDERER.pdf(Examples.request(data, Examples.sent())));

        List<String> expected = new ArrayList<>();
        FormDefinition definition = Examples.utentiServizi06();
        for (Field field : definition.allFields()) {
            expected.add(field.label().italian());
            if (field.kind() == FieldKind.INFO) {
                expected.addAll(List.of(field.help().italian().split("\n")));
            }
        }
        collectValues(definition, data, "", expected);

        String text = pdf.squeezed();
        assertThat(expected).allSatisfy(value -> assertThat(text).contains(PdfText.squeeze(value)));
    }

    /** Each value of the data as the receipt must show it, found independently of the renderer. */
    private static void collectValues(FormDefinition definition, JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectValues(definition, e.getValue(), pointer + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectValues(definition, node.get(i), pointer + "/" + i, out);
            }
        } else {
            Field field = definition.field(pointer).orElseThrow();
            if (node.isBoolean()) {
                out.add(node.booleanValue() ? "Sì" : "No");
            } else if ("date".equals(field.constraints().format())) {
                out.add(LocalDate.parse(node.asText()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            } else if (field.options() != null && field.options().isDataSource()) {
                DataSource source = Examples.CATALOG.dataSources().find(field.options().source()).orElseThrow();
                out.add(source.items().stream()
                        .filter(item -> node.asText().equals(item.get(field.options().valueKey())))
                        .map(item -> item.get(field.options().labelKey()))
                        .findFirst().orElseThrow());
            } else {
                out.add(node.asText());
            }
        }
    }

    @Test
    void theSameInstancePrintedTwiceGivesTheSameBytes() throws InterruptedException {
        byte[] first = RENDERER.pdf(Examples.request(Examples.torino(), Examples.sent()));
        Thread.sleep(1100); // PDF dates have one-second precision: the second print falls in another second
        byte[] again = RENDERER.pdf(Examples.request(Examples.torino(), Examples.sent()));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void comuneIsShownByNameNotByIstatCode() {
        String text = PdfText.of(RENDERER.pdf(Examples.request(Examples.torino(), Examples.sent()))).text();

        assertThat(text).contains("Torino").doesNotContain("001272");
    }

    @Test
    void sentReceiptShowsNumberSendingDateAndTimeInRomeAndFingerprint() {
        String text = PdfText.of(RENDERER.pdf(Examples.request(Examples.torino(), Examples.sent()))).squeezed();

        assertThat(text)
                .contains("SERV06_UTENTI_2022.0000042")
                .contains(PdfText.squeeze("Ricevuta di invio"))
                .contains(PdfText.squeeze("Inviata il 03/08/2022 alle 16:05"))
                .contains(PdfText.squeeze("Creata il 01/08/2022 10:30"))
                .contains(Examples.SHA);
    }

    @Test
    void draftCarriesTheWatermarkAndSentReceiptDoesNot() {
        String draft = PdfText.of(RENDERER.pdf(Examples.request(Examples.torino(), Examples.draft()))).text();
        String sent = PdfText.of(RENDERER.pdf(Examples.request(Examples.torino(), Examples.sent()))).text();

        assertThat(draft).contains("BOZZA");
        assertThat(sent).doesNotContain("BOZZA");
    }

    @Test
    void footerNumbersEveryPageOutOfTheTotal() {
        PdfText pdf = PdfText.of(RENDERER.pdf(Examples.request(Examples.withUsers(40), Examples.sent())));

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.text()).contains("Pagina 1 di " + pdf.pages());
        assertThat(pdf.text()).contains("Pagina " + pdf.pages() + " di " + pdf.pages());
    }

    @Test
    void englishReceiptUsesEnglishLabels() {
        RenderRequest request = Examples.request(Examples.utentiServizi06(), Examples.torino(), Examples.sent(),
                java.util.Locale.ENGLISH);
        String text = PdfText.of(RENDERER.pdf(request)).text();

        assertThat(text).contains("Submission receipt", "Municipality details", "Yes", "Page 1 of");
    }

    @Test
    void fiveThousandCharacterTextWrapsAndLosesNothing() {
        String longWord = "X".repeat(300);
        String words = IntStream.range(0, 440).mapToObj(i -> String.format("parola%04d", i)).collect(Collectors.joining(" "));
        String text = longWord + " " + words;
        assertThat(text.length()).isGreaterThanOrEqualTo(5000);
        ObjectNode data = Examples.torino();
        ((ObjectNode) data.get("comune")).put("indirizzo", text);

        PdfText pdf = PdfText.of(RENDERER.pdf(Examples.request(data, Examples.sent())));

        String squeezed = pdf.squeezed();
        assertThat(squeezed.chars().filter(c -> c == 'X').count()).isEqualTo(longWord.length());
        int previous = -1;
        for (int i = 0; i < 440; i++) {
            int at = squeezed.indexOf(String.format("parola%04d", i));
            assertThat(at).as("parola%04d in order", i).isGreaterThan(previous);
            previous = at;
        }
        assertThat(pdf.rightmostGlyphEdge()).isLessThan(pdf.pageWidth());
    }

    @Test
    void usersTableBreaksValuesOnlyBetweenWordsOrAfterAtAndDot() {
        ObjectNode data = Examples.withUsers(3);
        ((ObjectNode) data.get("utenti").get(1)).put("email", "giuseppe.verdi.funzionario@comune.example.org");

        String text = PdfText.of(RENDERER.pdf(Examples.request(data, Examples.sent()))).text().replace("\u200B", "");

        // A line ends inside a value only right after "@" or ".": joined there, every value is whole.
        String joined = text.replaceAll("(?<=[@.])\\s*\\R", "");
        for (JsonNode user : data.get("utenti")) {
            assertThat(text).contains(user.get("codiceFiscale").asText());
            assertThat(joined).contains(user.get("email").asText());
        }
    }

    @Test
    void twoHundredRowsPaginateWithEveryValueAndRepeatedHeadings() {
        ObjectNode data = Examples.withUsers(200);

        PdfText pdf = PdfText.of(RENDERER.pdf(Examples.request(data, Examples.sent())));

        String squeezed = pdf.squeezed();
        for (JsonNode user : data.get("utenti")) {
            assertThat(squeezed).contains(PdfText.squeeze(user.get("nome").asText()) + user.get("cognome").asText());
            assertThat(squeezed).contains(user.get("codiceFiscale").asText());
        }
        long headings = pdf.text().lines().filter(line -> line.contains("Telefono utente")).count();
        assertThat(pdf.pages()).isGreaterThan(4);
        assertThat(headings).as("the table heading repeats on every page of the table").isGreaterThanOrEqualTo(pdf.pages() - 1);
        assertThat(pdf.rightmostGlyphEdge()).isLessThan(pdf.pageWidth());
    }

    @Test
    void moduleReceiptTemplateReplacesTheStandardOne() {
        String template = """
                <#import "blocks.ftlh" as b>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${view.moduleTitle}</title></head>
                <body><h1>Ricevuta personalizzata ${view.header.number}</h1><@b.steps view/></body></html>
                """;

        String text = PdfText.of(RENDERER.pdf(Examples.request(Examples.torino(), Examples.sent()), template)).squeezed();

        assertThat(text).contains("RicevutapersonalizzataSERV06_UTENTI_2022.0000042", "AnnaFerrero")
                .doesNotContain("Ricevutadiinvio");
    }

    @Test
    void moduleReceiptTemplateCannotReachJavaClasses() {
        String template = "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}";

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RENDERER.pdf(Examples.request(Examples.torino(), Examples.sent()), template))
                .isInstanceOf(RenderingFailed.class);
    }
}
