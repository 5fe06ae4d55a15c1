package it.modulistica.renderer.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.renderer.Examples;
import it.modulistica.renderer.InstanceRenderer;
import it.modulistica.renderer.PdfText;
import it.modulistica.renderer.RenderRequest;
import it.modulistica.renderer.TestForms;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** A file field in the wizard (uploaded files kept by hidden inputs, the file input) and on the receipt. */
class FileFieldWizardTest {

    private static final InstanceRenderer RENDERER = new InstanceRenderer();
    private static final String PROPERTIES = """
            {
              "documenti": {
                "type": "object", "title": "Documenti",
                "properties": {
                  "isee": {"type": "array", "title": "Attestazione ISEE", "x-widget": "file", "minItems": 1,
                           "x-file": {"accept": ["pdf"], "maxFileSize": "5MB", "maxFiles": 1}},
                  "foto": {"type": "array", "title": "Foto", "x-widget": "file",
                           "x-file": {"accept": ["png", "jpg"], "maxFiles": 3}}
                }
              }
            }
            """;
    private static final String REFERENCE =
            "{\"id\":\"3f2b6c1e-8f7a-4f0e-9a1b-2c3d4e5f6a7b\",\"name\":\"isee 2026.pdf\",\"mediaType\":\"application/pdf\",\"size\":12345}";

    @TempDir
    Path forms;

    private RenderRequest request(FormDefinition definition) {
        ObjectNode data = (ObjectNode) DefinitionJson.parse("{\"documenti\": {\"isee\": [" + REFERENCE + "]}}");
        return Examples.request(definition, data, Examples.draft(), Locale.ITALIAN);
    }

    @Test
    void keepsUploadedFilesWithHiddenInputsAndOffersTheFileInputWhileThereIsRoom() {
        FormDefinition definition = TestForms.module(forms, PROPERTIES);
        RenderRequest request = request(definition);
        WizardHtml html = new WizardHtml(RENDERER.wizardStep(request, 0, Map.of(), "/api/instances/x/files/"));

        assertThat(html.one("//input[@type='hidden' and @name='/documenti/isee']").getAttribute("value")).isEqualTo(REFERENCE);
        assertThat(html.one("//button[@name='_removeFile']").getAttribute("value")).isEqualTo("3f2b6c1e-8f7a-4f0e-9a1b-2c3d4e5f6a7b");
        assertThat(html.one("//a[@href='/api/instances/x/files/3f2b6c1e-8f7a-4f0e-9a1b-2c3d4e5f6a7b']").getTextContent())
                .isEqualTo("isee 2026.pdf");
        assertThat(html.all("//input[@type='file' and @name='/documenti/isee']")).isEmpty();
        Element foto = html.one("//input[@type='file' and @name='/documenti/foto']");
        assertThat(foto.getAttribute("accept")).isEqualTo(".png,.jpg,image/png,image/jpeg");
        assertThat(foto.getAttribute("multiple")).isEqualTo("multiple");
        assertThat(html.byId("f_documenti_foto-rules").getTextContent()).contains("PNG, JPG").contains("10 MB").contains("3 file");

        ObjectNode posted = FormPostReader.read(definition, html.posted());
        assertThat(posted).isEqualTo(request.data());
    }

    @Test
    void theFileLimitIsSingularOrPluralInEnglish() {
        FormDefinition definition = TestForms.module(forms, PROPERTIES.replace("\"maxFiles\": 1}", "\"maxFiles\": 2}"));
        ObjectNode data = (ObjectNode) DefinitionJson.parse("{}");
        WizardHtml html = new WizardHtml(RENDERER.wizardStep(Examples.request(definition, data, Examples.draft(),
                Locale.ENGLISH), 0, Map.of(), null));
        assertThat(html.byId("f_documenti_isee-rules").getTextContent()).contains("up to 2 files.");

        FormDefinition single = TestForms.module(forms, PROPERTIES.replace("\"maxFiles\": 3}", "\"maxFiles\": 1}"));
        WizardHtml one = new WizardHtml(RENDERER.wizardStep(Examples.request(single, data, Examples.draft(),
                Locale.ENGLISH), 0, Map.of(), null));
        assertThat(one.byId("f_documenti_foto-rules").getTextContent()).contains("up to 1 file.").doesNotContain("1 files");
    }

    @Test
    void showsAnErrorOfAnItemBesideTheField() {
        FormDefinition definition = TestForms.module(forms, PROPERTIES);
        WizardHtml html = new WizardHtml(RENDERER.wizardStep(request(definition), 0,
                Map.of("/documenti/isee/0", "Il file non è tra quelli caricati"), null));

        assertThat(html.byId("f_documenti_isee-error").getTextContent()).isEqualTo("Il file non è tra quelli caricati");
    }

    @Test
    void theReceiptPrintsFileNamesAndSizes() {
        FormDefinition definition = TestForms.module(forms, PROPERTIES);

        String text = PdfText.of(RENDERER.pdf(request(definition))).text();

        assertThat(text).contains("isee 2026.pdf (12 KB)");
    }
}
