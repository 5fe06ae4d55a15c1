package it.modulistica.app.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.instance.PinnedDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A forms directory changed while the application runs: new, changed, broken and removed modules
 * are picked up within seconds, a broken one is reported without taking the others down, and the
 * content of a version that instances use cannot change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class FormsDirectoryTest {

    @TempDir
    static Path forms;

    @DynamicPropertySource
    static void formsDirectory(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(forms.resolve("data"));
        Files.createDirectories(forms.resolve("workflows"));
        Files.createDirectories(forms.resolve("utenti-servizi-06"));
        copy("workflows/standard.json");
        copy("workflows/simple.json");
        copy("data/comuni.json");
        copy("data/province.json");
        copy("utenti-servizi-06/form.json");
        Files.createDirectories(forms.resolve("prova"));
        Files.writeString(forms.resolve("prova/form.json"), module("1.0.0", "Prova"));
        registry.add("modulistica.forms-dir", forms::toString);
        registry.add("modulistica.forms-refresh-interval", () -> "PT0.2S");
    }

    private static void copy(String file) throws IOException {
        try (InputStream in = FormsDirectoryTest.class.getResourceAsStream("/forms/" + file)) {
            Files.copy(in, forms.resolve(file));
        }
    }

    private static String module(String version, String title) {
        return """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "%s", "type": "object",
                 "x-module": {"code": "prova", "version": "%s", "category": "salute", "workflow": "standard",
                              "numbering": "PROVA_{year}.{seq:4}"},
                 "properties": {"passo": {"type": "object", "title": "Passo",
                                          "properties": {"nome": {"type": "string", "title": "Nome"}}}}}
                """.formatted(title, version);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    FormCatalog catalog;

    @Autowired
    InstanceRepository instances;

    @Autowired
    JdbcVersionLedger ledger;

    @Autowired
    PinnedDefinitions pinned;

    private JsonNode get(String path) {
        return http.withBasicAuth("mario.rossi", "demo").getForObject(path, JsonNode.class);
    }

    private List<String> publishedCodes() {
        List<String> codes = new ArrayList<>();
        get("/api/forms").forEach(form -> codes.add(form.get("code").asText() + "@" + form.get("version").asText()));
        return codes;
    }

    private static void write(String file, String text) throws IOException {
        Files.createDirectories(forms.resolve(file).getParent());
        Files.writeString(forms.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(assertion::run);
    }

    @Test
    void picksUpAddedChangedBrokenAndRemovedModulesWithoutRestart() throws IOException {
        assertThat(publishedCodes()).contains("utenti-servizi-06@1.1.0").anyMatch(code -> code.startsWith("prova@"));

        write("nuovo/form.json", module("1.0.0", "Nuovo").replace("\"prova\"", "\"nuovo\""));
        eventually(() -> assertThat(publishedCodes()).contains("nuovo@1.0.0"));

        write("nuovo/form.json", module("1.1.0", "Nuovo").replace("\"prova\"", "\"nuovo\""));
        eventually(() -> assertThat(publishedCodes()).contains("nuovo@1.1.0").doesNotContain("nuovo@1.0.0"));

        write("nuovo/form.json", module("1.2.0", "Nuovo").replace("\"prova\"", "\"nuovo\"")
                .replace("\"type\": \"string\"", "\"type\": \"string\", \"x-widget\": \"slider\""));
        eventually(() -> {
            JsonNode problems = get("/api/forms/problems");
            assertThat(problems).anySatisfy(problem -> {
                assertThat(problem.get("file").asText()).isEqualTo("nuovo/form.json");
                assertThat(problem.get("pointer").asText()).isEqualTo("/properties/passo/properties/nome/x-widget");
            });
            assertThat(problems).anySatisfy(problem -> assertThat(problem.get("message").asText())
                    .isEqualTo("Il file ha dei problemi: resta pubblicata l'ultima versione valida 1.1.0 del modulo nuovo"));
            // The broken 1.2.0 does not take the module offline: the last good version stays published.
            assertThat(publishedCodes()).contains("nuovo@1.1.0").doesNotContain("nuovo@1.2.0")
                    .contains("utenti-servizi-06@1.1.0").anyMatch(code -> code.startsWith("prova@"));
        });

        Files.delete(forms.resolve("nuovo/form.json"));
        Files.delete(forms.resolve("nuovo"));
        eventually(() -> {
            assertThat(publishedCodes()).noneMatch(code -> code.startsWith("nuovo@"));
            assertThat(get("/api/forms/problems")).isEmpty();
        });
    }

    @Test
    void aModuleCanChooseTheSimpleWorkflowAndBringItsOwnReceipt() throws IOException {
        write("semplice/receipt.ftlh", """
                <#import "blocks.ftlh" as b>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${view.moduleTitle}</title></head>
                <body><h1>Ricevuta dell'ufficio semplice ${view.header.number}</h1><@b.steps view/></body></html>
                """);
        write("semplice/form.json", module("1.0.0", "Semplice").replace("\"prova\"", "\"semplice\"")
                .replace("\"standard\"", "\"simple\"").replace("PROVA_", "SEMPLICE_"));
        eventually(() -> assertThat(publishedCodes()).contains("semplice@1.0.0"));
        TestRestTemplate user = http.withBasicAuth("mario.rossi", "demo");

        JsonNode created = user.postForObject("/api/instances", Map.of("form", "semplice"), JsonNode.class);
        String id = created.get("id").asText();
        assertThat(created.at("/state/code").asText()).isEqualTo("BOZZA");
        assertThat(created.get("number").isNull()).isTrue();
        user.put("/api/instances/" + id + "/data", Map.of("passo", Map.of("nome", "Anna")));
        JsonNode sent = user.postForObject("/api/instances/" + id + "/actions/invia", null, JsonNode.class);

        assertThat(sent.get("state").asText()).isEqualTo("INVIATA");
        JsonNode instance = user.getForObject("/api/instances/" + id, JsonNode.class);
        assertThat(instance.get("number").asText()).matches("SEMPLICE_\\d{4}\\.\\d{4}");
        assertThat(instance.at("/data/passo/nome").asText()).isEqualTo("Anna");
        assertThat(instance.get("actions")).isEmpty();
        byte[] receipt = user.getForObject("/api/instances/" + id + "/pdf", byte[].class);
        try (var document = org.apache.pdfbox.Loader.loadPDF(receipt)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains("Ricevutadell'ufficiosemplice" + instance.get("number").asText(), "Anna");
        }
    }

    @Test
    void refusesToChangeTheContentOfAVersionThatInstancesUse() throws IOException {
        FormDefinition original = catalog.find("prova").orElseThrow();
        Instance instance = Instance.start(original, ledger.findId("prova", "1.0.0").orElseThrow(), "mario.rossi", null,
                "BOZZA", Clock.systemUTC());
        instances.save(instance);

        write("prova/form.json", module("1.0.0", "Prova cambiata senza nuova versione"));

        eventually(() -> assertThat(get("/api/forms/problems")).anySatisfy(problem -> {
            assertThat(problem.get("file").asText()).isEqualTo("prova/form.json");
            assertThat(problem.get("pointer").asText()).isEqualTo("/x-module/version");
            assertThat(problem.get("message").asText()).contains("1.0.0");
        }));
        assertThat(catalog.find("prova").orElseThrow().sha256()).isEqualTo(original.sha256());
        assertThat(get("/api/forms/prova").get("title").asText()).isEqualTo("Prova");

        write("prova/form.json", module("1.0.1", "Prova cambiata con nuova versione"));
        eventually(() -> assertThat(publishedCodes()).contains("prova@1.0.1"));
        Instance stored = instances.findById(instance.id()).orElseThrow();
        assertThat(stored.definition().version()).isEqualTo("1.0.0");
        assertThat(pinned.of(stored).title().italian()).isEqualTo("Prova");
    }
}
