package it.modulistica.renderer.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.renderer.Examples;
import it.modulistica.renderer.InstanceRenderer;
import it.modulistica.renderer.RenderRequest;
import it.modulistica.renderer.TestModule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormPostReaderTest {

    private static final InstanceRenderer RENDERER = new InstanceRenderer();

    static List<Path> validExamples() {
        return Examples.validExamples();
    }

    /** What the browser posts for every step of the wizard, shown with the data. */
    private static Map<String, List<String>> postAllSteps(RenderRequest request) {
        Map<String, List<String>> posted = new LinkedHashMap<>();
        for (int step = 0; step < request.definition().steps().size(); step++) {
            posted.putAll(new WizardHtml(RENDERER.wizardStep(request, step, Map.of())).posted());
        }
        return posted;
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void readsBackTheDataTheWizardShowed(Path example) {
        ObjectNode data = Examples.read(example);

        ObjectNode read = FormPostReader.read(Examples.utentiServizi06(), postAllSteps(Examples.request(data, Examples.draft())));

        assertThat(read).isEqualTo(data);
    }

    @Test
    void readsNumbersBooleansChoicesAndTextAreasOfTheTestModule(@TempDir Path forms) {
        FormDefinition definition = TestModule.in(forms);
        ObjectNode data = (ObjectNode) DefinitionJson.parse("""
                {"dati": {"tipo": "ente", "ragioneSociale": "ACME", "nota": "riga uno\\nriga due", "codice": "ABC",
                          "quantita": 7, "importo": 12.75, "urgente": true, "consegna": "2024-02-29", "colore": "v"}}
                """);

        ObjectNode read = FormPostReader.read(definition,
                postAllSteps(Examples.request(definition, data, Examples.draft(), Locale.ITALIAN)));

        assertThat(read).isEqualTo(data);
    }

    @Test
    void readsAnUntickedCheckboxAsFalseAndDropsEmptyStringsAndEmptySections(@TempDir Path forms) {
        FormDefinition definition = TestModule.in(forms);
        Map<String, List<String>> posted = Map.of(
                "/dati/urgente", List.of("false"),
                "/dati/nota", List.of(""),
                "/dati/quantita", List.of("3,0"));

        assertThat(FormPostReader.read(definition, posted))
                .isEqualTo(DefinitionJson.parse("{\"dati\": {\"urgente\": false, \"quantita\": 3}}"));
        assertThat(FormPostReader.read(Examples.utentiServizi06(), Map.of("/comune/cap", List.of(""))))
                .isEqualTo(DefinitionJson.parse("{}"));
    }

    @Test
    void keepsANumberThatDoesNotParseAsTextForValidationToReport(@TempDir Path forms) {
        ObjectNode read = FormPostReader.read(TestModule.in(forms), Map.of("/dati/importo", List.of("dodici")));

        assertThat(read.at("/dati/importo").isTextual()).isTrue();
    }

    @Test
    void ignoresNamesThatAreNotValueFieldsOfTheDefinition() {
        Map<String, List<String>> posted = Map.of(
                "_csrf", List.of("token"), "_add", List.of("/utenti"), "/sconosciuto", List.of("x"),
                "/comune/dichiarazione", List.of("info"), "/comune", List.of("x"), "/comune/cap", List.of("10122"));

        assertThat(FormPostReader.read(Examples.utentiServizi06(), posted))
                .isEqualTo(DefinitionJson.parse("{\"comune\": {\"cap\": \"10122\"}}"));
    }

    @Test
    void keepsRowsInOrderRenumberedAndEmptyRowsAsEmptyObjects() {
        Map<String, List<String>> posted = new LinkedHashMap<>();
        posted.put("/utenti/5/nome", List.of("Terzo"));
        posted.put("/utenti/0/nome", List.of("Primo"));
        posted.put("/utenti/2/nome", List.of(""));

        assertThat(FormPostReader.read(Examples.utentiServizi06(), posted))
                .isEqualTo(DefinitionJson.parse("{\"utenti\": [{\"nome\": \"Primo\"}, {}, {\"nome\": \"Terzo\"}]}"));
    }

    @Test
    void rowButtonsAddAndRemoveRows() {
        FormDefinition definition = Examples.utentiServizi06();
        ObjectNode data = Examples.torino();

        boolean removed = FormPostReader.applyRowButtons(definition, data, Map.of("_remove", List.of("/utenti/0")));
        assertThat(removed).isTrue();
        assertThat(data.at("/utenti/0/nome").asText()).isEqualTo("Gioacchino");
        assertThat(data.get("utenti")).hasSize(1);

        boolean added = FormPostReader.applyRowButtons(definition, data, Map.of("_add", List.of("/utenti")));
        assertThat(added).isTrue();
        assertThat(data.get("utenti")).hasSize(2);
        assertThat(data.at("/utenti/1").isEmpty()).isTrue();

        ObjectNode empty = (ObjectNode) DefinitionJson.parse("{}");
        FormPostReader.applyRowButtons(definition, empty, Map.of("_add", List.of("/utenti")));
        assertThat(empty).isEqualTo(DefinitionJson.parse("{\"utenti\": [{}]}"));
        assertThat(FormPostReader.applyRowButtons(definition, empty, Map.of("_add", List.of("/comune")))).isFalse();
    }

    @Test
    void emptyRowsAreDroppedDownToTheGroupsMinimum() {
        FormDefinition definition = Examples.utentiServizi06();
        ObjectNode data = (ObjectNode) DefinitionJson.parse(
                "{\"utenti\": [{}, {\"nome\": \"Primo\"}, {\"nome\": \" \"}, {\"privacy\": false}]}");

        FormPostReader.dropEmptyRows(definition, data);

        assertThat(data).isEqualTo(DefinitionJson.parse("{\"utenti\": [{\"nome\": \"Primo\"}]}"));
        ObjectNode onlyEmpty = (ObjectNode) DefinitionJson.parse("{\"utenti\": [{}, {}]}");
        FormPostReader.dropEmptyRows(definition, onlyEmpty);
        assertThat(onlyEmpty).as("minItems 1 keeps one row").isEqualTo(DefinitionJson.parse("{\"utenti\": [{}]}"));
    }
}
