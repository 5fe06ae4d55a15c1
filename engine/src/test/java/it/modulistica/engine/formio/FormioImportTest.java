package it.modulistica.engine.formio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.FormSource;
import it.modulistica.engine.definition.VersionLedger;
import it.modulistica.engine.validation.ModuleExamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Imports the form.io forms written for this test and checks the module, IMPORT.md and that the engine loads it. */
class FormioImportTest {

    @TempDir
    Path forms;

    static JsonNode form(String name) throws IOException {
        try (InputStream in = FormioImportTest.class.getResourceAsStream("/formio/" + name)) {
            assertThat(in).as(name).isNotNull();
            return DefinitionJson.mapper().readTree(in);
        }
    }

    static ImportResult imported(String name) throws Exception {
        return FormioImport.translate(form(name), ImportSettings.of("prova-import"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> notes(ImportResult result, String key, ImportNote.Kind kind) {
        return result.notes().stream().filter(n -> n.key().equals(key) && n.kind() == kind).map(ImportNote::message).toList();
    }

    @Test
    void turnsWizardPagesIntoStepsAndFlattensPanelsInside() throws Exception {
        ImportResult result = imported("wizard.json");
        JsonNode module = result.definition();

        assertThat(result.wizard()).isTrue();
        assertThat(result.pages()).isEqualTo(3);
        assertThat(module.path("title").asText()).isEqualTo("Iscrizione al centro estivo");
        assertThat(module.at("/x-module").toString()).isEqualTo("{\"code\":\"prova-import\",\"version\":\"1.0.0\","
                + "\"category\":\"importati\",\"workflow\":\"standard\",\"numbering\":\"PROVA-IMPORT_{year}.{seq:6}\"}");
        assertThat(names(module.path("properties"))).containsExactly("richiedente", "figliPagina", "pagamento");
        assertThat(module.at("/properties/richiedente/title").asText()).isEqualTo("Richiedente");
        assertThat(names(module.at("/properties/richiedente/properties")))
                .containsExactly("nome", "codiceFiscale", "email", "telefono", "residente", "comuneResidenza");
        assertThat(module.at("/properties/richiedente/required").toString())
                .isEqualTo("[\"nome\",\"codiceFiscale\",\"email\",\"residente\"]");
        // A step holding required fields is required: left out entirely, its fields are still missing.
        assertThat(module.path("required").toString()).isEqualTo("[\"richiedente\",\"figliPagina\",\"pagamento\"]");
        // The panel around the grid is layout: the grid sits directly in the step.
        assertThat(names(module.at("/properties/figliPagina/properties"))).containsExactly("figli");
    }

    @Test
    void carriesLabelsDescriptionsTooltipsPlaceholdersAndValidation() throws Exception {
        ImportResult result = imported("wizard.json");
        JsonNode nome = result.definition().at("/properties/richiedente/properties/nome");

        assertThat(nome.toString()).isEqualTo("{\"type\":\"string\",\"title\":\"Nome\",\"description\":"
                + "\"Come sul documento d'identità\\nIl nome del genitore\",\"x-placeholder\":\"es. Anna\","
                + "\"minLength\":2,\"maxLength\":100}");
        JsonNode codiceFiscale = result.definition().at("/properties/richiedente/properties/codiceFiscale");
        assertThat(codiceFiscale.path("pattern").asText()).isEqualTo("^(?:[A-Z0-9]{16})$");
        assertThat(notes(result, "codiceFiscale", ImportNote.Kind.CHANGED)).anySatisfy(message ->
                assertThat(message).contains("Scrivere i 16 caratteri del codice fiscale"));
        assertThat(result.definition().at("/properties/richiedente/properties/email/format").asText()).isEqualTo("email");
        assertThat(result.definition().at("/properties/richiedente/properties/telefono/format").asText()).isEqualTo("telefono");
        assertThat(notes(result, "telefono", ImportNote.Kind.CHANGED)).singleElement().asString().contains("(999) 999-9999");
        JsonNode quota = result.definition().at("/properties/pagamento/properties/quota");
        assertThat(quota.toString()).isEqualTo("{\"type\":\"number\",\"title\":\"Quota versata\",\"minimum\":0,"
                + "\"multipleOf\":0.01}");
        assertThat(result.definition().at("/properties/pagamento/properties/privacy/const").asBoolean()).isTrue();
        assertThat(result.definition().at("/properties/pagamento/required").toString()).isEqualTo("[\"privacy\"]");
    }

    @Test
    void turnsDataGridsIntoRepeatableGroupsWithRowConditions() throws Exception {
        ImportResult result = imported("wizard.json");
        JsonNode figli = result.definition().at("/properties/figliPagina/properties/figli");

        assertThat(figli.path("type").asText()).isEqualTo("array");
        assertThat(figli.path("minItems").asInt()).isEqualTo(1);
        assertThat(figli.path("maxItems").asInt()).isEqualTo(4);
        assertThat(figli.path("x-add-label").asText()).isEqualTo("Aggiungi figlio");
        assertThat(figli.path("x-remove-label").asText()).isEqualTo("Rimuovi");
        assertThat(figli.path("x-item-title").asText()).isEqualTo("Figli");
        assertThat(names(figli.at("/items/properties")))
                .containsExactly("nomeFiglio", "eta", "dieta", "allergie", "accompagnato");
        assertThat(figli.at("/items/properties/eta").toString())
                .isEqualTo("{\"type\":\"integer\",\"title\":\"Età\",\"minimum\":3,\"maximum\":14}");
        // when "figli.dieta" (dotted) and when "dieta" (a row sibling) both name the same row's field
        assertThat(figli.at("/items/properties/allergie/x-visible-when").toString())
                .isEqualTo("{\"==\":[{\"var\":\"/figliPagina/figli/*/dieta\"},\"si\"]}");
        // show: false hides the field when the value matches
        assertThat(figli.at("/items/properties/accompagnato/x-visible-when").toString())
                .isEqualTo("{\"!=\":[{\"var\":\"/figliPagina/figli/*/dieta\"},\"si\"]}");
        assertThat(result.dataPaths()).contains(new DataPath("figli[].allergie", "/figliPagina/figli/*/allergie", ""));
    }

    @Test
    void turnsValidateJsonIntoARuleAtTheField() throws Exception {
        ImportResult result = imported("wizard.json");

        assertThat(result.definition().path("x-rules").toString()).isEqualTo("[{\"assert\":{\"<=\":[{\"var\":"
                + "\"/figliPagina/figli/*/eta\"},12]},\"pointer\":\"/figliPagina/figli/*/eta\",\"message\":"
                + "\"Oltre i 12 anni serve il modulo per ragazzi\"}]");
    }

    @Test
    void writesFirstExamplesTheEngineAgreesWith() throws Exception {
        ImportResult result = imported("wizard.json");

        JsonNode valid = result.validExample().orElseThrow();
        assertThat(valid.at("/richiedente/codiceFiscale").asText()).isEqualTo("RSSMRA80A01H501U");
        assertThat(valid.at("/figliPagina/figli/0/eta").asInt()).isEqualTo(3);
        ObjectNode invalid = result.invalidExample().orElseThrow();
        assertThat(invalid.path("data").isEmpty()).isTrue();
        List<String> errors = new ArrayList<>();
        invalid.path("errors").forEach(e -> errors.add(e.path("pointer").asText() + " " + e.path("code").asText()));
        assertThat(errors).contains("/richiedente/nome required", "/richiedente/codiceFiscale required",
                "/figliPagina/figli minItems");
        assertThat(result.files("wizard.json")).containsOnlyKeys("form.json", "IMPORT.md", ImportResult.VALID_EXAMPLE,
                ImportResult.INVALID_EXAMPLE);
        assertThat(result.report("wizard.json")).contains("`examples/valid/esempio.json` (valori di prova che il modulo accetta)");
    }

    @Test
    void putsTheConditionOfAWizardPageOnItsStep() throws Exception {
        JsonNode module = imported("wizard.json").definition();

        assertThat(module.at("/properties/pagamento/x-visible-when").toString())
                .isEqualTo("{\"==\":[{\"var\":\"/richiedente/residente\"},\"si\"]}");
        assertThat(module.at("/properties/richiedente/properties/comuneResidenza/x-visible-when").toString())
                .isEqualTo("{\"==\":[{\"var\":\"/richiedente/residente\"},\"no\"]}");
    }

    @Test
    void leavesOutHiddenFieldsAndButtonsAndSaysWhy() throws Exception {
        ImportResult result = imported("wizard.json");

        assertThat(result.definition().at("/properties/pagamento/properties").has("idPratica")).isFalse();
        assertThat(notes(result, "idPratica", ImportNote.Kind.NOT_CARRIED)).singleElement().asString()
                .contains("nascosto").contains("X1");
        assertThat(notes(result, "submit", ImportNote.Kind.NOT_CARRIED)).hasSize(2);
    }

    @Test
    void turnsTopLevelPanelsOfAPlainFormIntoSectionsOfOneStep() throws Exception {
        ImportResult result = imported("every-component.json");
        JsonNode module = result.definition();

        assertThat(result.wizard()).isFalse();
        assertThat(names(module.path("properties"))).containsExactly("dati");
        assertThat(module.at("/properties/dati/title").asText()).isEqualTo("Segnalazione al comune");
        assertThat(names(module.at("/properties/dati/properties")))
                .containsExactly("intro", "dichiarante", "segnalazione", "conferma");
        assertThat(module.at("/properties/dati/properties/segnalazione/title").asText()).isEqualTo("Segnalazione");
        assertThat(module.at("/properties/dati/required").toString())
                .isEqualTo("[\"conferma\",\"dichiarante\",\"segnalazione\"]");
        // columns, table, tabs and well are layout: their fields keep their order
        assertThat(names(module.at("/properties/dati/properties/dichiarante/properties")))
                .containsExactly("cognome", "residenza", "indirizzo");
        assertThat(names(module.at("/properties/dati/properties/segnalazione/properties"))).containsExactly(
                "problemi", "descrizioneBuche", "fasce", "giorno", "ora", "dataSopralluogo", "appuntamento", "sito",
                "quantita", "circoscrizione", "testimoni", "nota", "dettaglio", "foto", "firma", "avvertenza",
                "campo_con_trattino");
    }

    @Test
    void mapsEveryComponentType() throws Exception {
        ImportResult result = imported("every-component.json");
        JsonNode fields = result.definition().at("/properties/dati/properties/segnalazione/properties");

        assertThat(fields.path("problemi").toString()).isEqualTo("{\"type\":\"array\",\"title\":\"Problemi\","
                + "\"x-widget\":\"checkbox\",\"items\":{\"type\":\"string\",\"oneOf\":[{\"const\":\"buche\",\"title\":\"Buche\"},"
                + "{\"const\":\"luce\",\"title\":\"Illuminazione\"},{\"const\":\"rifiuti\",\"title\":\"Rifiuti\"}]},"
                + "\"minItems\":1,\"maxItems\":2}");
        assertThat(fields.at("/descrizioneBuche/x-widget").asText()).isEqualTo("textarea");
        assertThat(fields.path("fasce").toString()).isEqualTo("{\"type\":\"array\",\"title\":\"Fasce orarie\","
                + "\"x-widget\":\"select\",\"items\":{\"type\":\"string\",\"oneOf\":[{\"const\":\"M\",\"title\":\"Mattina\"},"
                + "{\"const\":\"P\",\"title\":\"Pomeriggio\"}]}}");
        assertThat(fields.at("/giorno/format").asText()).isEqualTo("date");
        assertThat(fields.at("/ora/pattern").asText()).isEqualTo(FieldTranslator.TIME_PATTERN);
        assertThat(fields.path("dataSopralluogo").toString()).isEqualTo("{\"type\":\"string\",\"title\":"
                + "\"Data del sopralluogo\",\"format\":\"date\",\"x-minDate\":\"2024-01-01\"}");
        assertThat(fields.at("/appuntamento/format").asText()).isEqualTo("date-time");
        assertThat(fields.at("/sito/format").asText()).isEqualTo("uri");
        assertThat(fields.at("/quantita/multipleOf").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(fields.path("foto").toString()).isEqualTo("{\"type\":\"array\",\"title\":\"Foto\",\"x-widget\":\"file\","
                + "\"x-file\":{\"accept\":[\"png\",\"jpg\",\"pdf\"],\"maxFileSize\":\"5MB\",\"maxFiles\":10},\"minItems\":1}");
        assertThat(fields.path("firma").toString()).isEqualTo("{\"type\":\"array\",\"title\":\"Firma\",\"x-widget\":\"file\","
                + "\"x-file\":{\"accept\":[\"png\",\"jpg\",\"pdf\",\"p7m\"],\"maxFiles\":1}}");
        assertThat(fields.path("avvertenza").toString()).isEqualTo("{\"x-widget\":\"info\",\"description\":"
                + "\"Attenzione: le dichiarazioni false sono punite per legge.\"}");
        assertThat(result.definition().at("/properties/dati/properties/intro/description").asText())
                .isEqualTo("Compilare con cura.\nLeggere la guida (https://comune.example.it/guida) è utile.");
        assertThat(result.definition().at("/properties/dati/properties/conferma").toString())
                .isEqualTo("{\"type\":\"boolean\",\"title\":\"Confermo i dati\",\"const\":true}");
        assertThat(notes(result, "foto", ImportNote.Kind.CHANGED)).anySatisfy(m -> assertThat(m).contains(".docx"));
        assertThat(notes(result, "firma", ImportNote.Kind.CHANGED)).singleElement().asString().contains("firma");
        assertThat(notes(result, "appuntamento", ImportNote.Kind.CHANGED)).singleElement().asString().contains("ISO 8601");
        assertThat(notes(result, "dataSopralluogo", ImportNote.Kind.NOT_CARRIED)).singleElement().asString()
                .contains("moment().add(1, 'year')");
        assertThat(notes(result, "quantita", ImportNote.Kind.CHANGED)).singleElement().asString()
                .contains("valore predefinito: 1");
    }

    @Test
    void turnsContainersAndAddressesIntoSectionsAndSelectsFromUrlsIntoText() throws Exception {
        ImportResult result = imported("every-component.json");
        JsonNode dichiarante = result.definition().at("/properties/dati/properties/dichiarante/properties");

        assertThat(dichiarante.at("/residenza/type").asText()).isEqualTo("object");
        assertThat(names(dichiarante.at("/residenza/properties"))).containsExactly("provincia", "comune", "frazione");
        assertThat(dichiarante.at("/residenza/required").toString()).isEqualTo("[\"provincia\"]");
        assertThat(dichiarante.at("/residenza/properties/comune").toString())
                .isEqualTo("{\"type\":\"string\",\"title\":\"Comune\"}");
        assertThat(notes(result, "comune", ImportNote.Kind.CHANGED)).singleElement().asString()
                .contains("https://api.example.it/comuni");
        assertThat(dichiarante.at("/indirizzo/type").asText()).isEqualTo("object");
        assertThat(names(dichiarante.at("/indirizzo/properties")))
                .containsExactly("address1", "address2", "city", "state", "zip", "country");
        assertThat(dichiarante.at("/indirizzo/required").toString()).isEqualTo("[\"address1\",\"city\",\"zip\"]");
        assertThat(notes(result, "indirizzo", ImportNote.Kind.CHANGED)).singleElement().asString().contains("nominatim");
        assertThat(result.dataPaths()).contains(
                new DataPath("residenza.provincia", "/dati/dichiarante/residenza/provincia", ""),
                new DataPath("indirizzo.address.city", "/dati/dichiarante/indirizzo/city", ""));
    }

    @Test
    void translatesDottedWhenPathsAndJsonConditions() throws Exception {
        ImportResult result = imported("every-component.json");
        JsonNode fields = result.definition().at("/properties/dati/properties");

        assertThat(fields.at("/dichiarante/properties/residenza/properties/frazione/x-visible-when").toString())
                .isEqualTo("{\"==\":[{\"var\":\"/dati/dichiarante/residenza/provincia\"},\"CN\"]}");
        // the well's conditional.json applies to the field inside it
        assertThat(fields.at("/segnalazione/properties/circoscrizione/x-visible-when").toString())
                .isEqualTo("{\"==\":[{\"var\":\"/dati/dichiarante/residenza/provincia\"},\"TO\"]}");
        // row. and data. variables of conditional.json
        assertThat(fields.at("/segnalazione/properties/testimoni/items/properties/recapito/x-visible-when").toString())
                .isEqualTo("{\"and\":[{\"==\":[{\"var\":\"/dati/segnalazione/testimoni/*/presente\"},true]},"
                        + "{\"!=\":[{\"var\":\"/dati/dichiarante/residenza/provincia\"},\"\"]}]}");
        // select boxes: the condition holds when the value is among those chosen
        assertThat(fields.at("/segnalazione/properties/descrizioneBuche/x-visible-when").toString())
                .isEqualTo("{\"in\":[\"buche\",{\"var\":\"/dati/segnalazione/problemi\"}]}");
        // the newer conditions list, any of them
        assertThat(fields.at("/segnalazione/properties/nota/x-visible-when").toString())
                .isEqualTo("{\"or\":[{\"==\":[{\"var\":\"/dati/dichiarante/residenza/provincia\"},\"CN\"]},"
                        + "{\"!!\":{\"var\":\"/dati/segnalazione/sito\"}}]}");
        assertThat(result.notes()).noneMatch(note -> note.message().contains("Condizione"));
    }

    @Test
    void listsJavaScriptForTheAuthorAndNeverRunsIt() throws Exception {
        ImportResult result = imported("every-component.json");

        assertThat(notes(result, "dettaglio", ImportNote.Kind.SCRIPT)).singleElement().asString()
                .contains("customConditional").contains("data.nota.length > 3");
        assertThat(notes(result, "quantita", ImportNote.Kind.SCRIPT)).singleElement().asString()
                .contains("calculateValue").contains("data.problemi.buche");
        assertThat(result.definition().at("/properties/dati/properties/segnalazione/properties/dettaglio").has("x-visible-when"))
                .isFalse();
    }

    @Test
    void refusesPasswordsAndNotesUnknownComponentsAndRenamedKeys() throws Exception {
        ImportResult result = imported("every-component.json");

        assertThat(result.definition().toString()).doesNotContain("\"pin\"").doesNotContain("schizzo");
        assertThat(notes(result, "pin", ImportNote.Kind.NOT_CARRIED)).singleElement().asString().contains("password");
        assertThat(notes(result, "schizzo", ImportNote.Kind.NOT_CARRIED)).singleElement().asString().contains("sketchpad");
        assertThat(notes(result, "campo-con-trattino", ImportNote.Kind.CHANGED)).singleElement().asString()
                .contains("campo_con_trattino");
    }

    @Test
    void writesEveryNoteWithItsKeyAndTheDataMapInTheReport() throws Exception {
        ImportResult result = imported("every-component.json");
        String report = result.report("segnalazione.json");

        assertThat(report).startsWith("# Importazione da form.io: Segnalazione al comune\n")
                .contains("- Origine: `segnalazione.json`, modulo form.io semplice (un passo)")
                .contains("## Da riscrivere in JSONLogic").contains("## Non riportati").contains("## Riportati con differenze")
                .contains("| `pin` | password | Le password non si raccolgono")
                .contains("| `dettaglio` | textfield | La condizione di visibilità in JavaScript (customConditional)")
                .contains("| `problemi` | `/dati/segnalazione/problemi` | form.io salva un oggetto")
                .contains("| `testimoni[].recapito` | `/dati/segnalazione/testimoni/*/recapito` |  |");
        for (ImportNote note : result.notes()) {
            assertThat(report).contains(note.key().isEmpty() ? "(modulo)" : "`" + note.key() + "`");
        }
        assertThat(report).contains("## Problemi della definizione\n\nNessuno.");
    }

    @Test
    void notesConditionsTheModuleCannotExpressAndKeepsTheFieldVisible() throws Exception {
        ImportResult result = FormioImport.translate(DefinitionJson.parse("""
                {"title": "Casi limite", "components": [
                  {"type": "hidden", "key": "codiceInterno", "input": true},
                  {"type": "datagrid", "key": "righe", "label": "Righe", "input": true, "components": [
                    {"type": "checkbox", "key": "scelta", "label": "Scelta", "input": true}]},
                  {"type": "textfield", "key": "a", "label": "A", "input": true,
                   "conditional": {"show": true, "when": "codiceInterno", "eq": "1"}},
                  {"type": "textfield", "key": "b", "label": "B", "input": true,
                   "conditional": {"json": {"_isEqual": [{"var": "data.a"}, "x"]}}},
                  {"type": "textfield", "key": "c", "label": "C", "input": true,
                   "conditional": {"json": {"==": [{"var": "instance.root"}, "x"]}}},
                  {"type": "textfield", "key": "d", "label": "D", "input": true,
                   "conditional": {"show": true, "when": "righe.scelta", "eq": "true"}},
                  {"type": "textfield", "key": "e", "label": "E", "input": true,
                   "conditional": {"show": true, "when": "nessuno", "eq": "1"}},
                  {"type": "textfield", "key": "f", "label": "F", "input": true,
                   "validate": {"json": {"==": [{"var": "input"}, "x"]}}},
                  {"type": "panel", "key": "p1", "title": "Uno", "components": [
                    {"type": "textfield", "key": "nome", "label": "Nome", "input": true},
                    {"type": "textfield", "key": "nome", "label": "Nome di nuovo", "input": true},
                    {"type": "columns", "key": "colonne", "conditional": {"show": true, "when": "nome", "eq": "Anna"},
                     "columns": [{"components": [
                       {"type": "number", "key": "eta", "label": "Età", "input": true,
                        "conditional": {"show": false, "when": "a", "eq": "x"}}]}]}]}
                ]}
                """), ImportSettings.of("casi"));
        JsonNode fields = result.definition().at("/properties/dati/properties");

        for (String key : List.of("a", "b", "c", "d", "e")) {
            assertThat(fields.path(key).has("x-visible-when")).as(key).isFalse();
        }
        assertThat(notes(result, "a", ImportNote.Kind.NOT_CARRIED)).singleElement().asString()
                .contains("\"codiceInterno\", che non è stato riportato");
        assertThat(notes(result, "b", ImportNote.Kind.NOT_CARRIED)).singleElement().asString().contains("\"_isEqual\"");
        assertThat(notes(result, "c", ImportNote.Kind.NOT_CARRIED)).singleElement().asString().contains("instance.root");
        assertThat(notes(result, "d", ImportNote.Kind.NOT_CARRIED)).singleElement().asString()
                .contains("/dati/righe/*/scelta");
        assertThat(notes(result, "e", ImportNote.Kind.NOT_CARRIED)).singleElement().asString()
                .contains("\"nessuno\" non esiste");
        assertThat(notes(result, "f", ImportNote.Kind.NOT_CARRIED)).singleElement().asString()
                .contains("validate.json").contains("{\"if\": [condizione, true, \"messaggio\"]}");
        assertThat(result.definition().has("x-rules")).isFalse();
        assertThat(names(fields.at("/p1/properties"))).containsExactly("nome", "nome2", "eta");
        // the condition of the flattened columns and the field's own, both
        assertThat(fields.at("/p1/properties/eta/x-visible-when").toString()).isEqualTo("{\"and\":["
                + "{\"==\":[{\"var\":\"/dati/p1/nome\"},\"Anna\"]},{\"!=\":[{\"var\":\"/dati/a\"},\"x\"]}]}");
        assertThat(notes(result, "nome", ImportNote.Kind.CHANGED)).singleElement().asString().contains("\"nome2\"");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void takesTheFormioPartOfAMoonExportWithItsTitleAndDescription() throws Exception {
        ImportResult moon = imported("moon-export.json");
        ImportResult plain = imported("wizard.json");

        assertThat(moon.wrapper()).isEqualTo("MOON");
        assertThat(moon.definition().path("title").asText()).isEqualTo("Centro estivo 2026");
        assertThat(moon.definition().path("description").asText()).isEqualTo("Iscrizione ai centri estivi comunali");
        assertThat(moon.definition().path("properties")).isEqualTo(plain.definition().path("properties"));
        assertThat(moon.report("moon.json")).contains("estratto da un'esportazione di MOON");
    }

    @Test
    void refusesWhatIsNotAFormioForm() throws Exception {
        assertThatThrownBy(() -> imported("not-formio.json")).isInstanceOf(NotAFormioForm.class)
                .hasMessageContaining("\"components\"");
        assertThatThrownBy(() -> FormioImport.translate(DefinitionJson.parse("[1, 2]"), ImportSettings.of("x")))
                .isInstanceOf(NotAFormioForm.class);
        assertThatThrownBy(() -> FormioImport.translate(DefinitionJson.parse("{\"display\": \"slides\", \"components\": []}"),
                ImportSettings.of("x"))).isInstanceOf(NotAFormioForm.class).hasMessageContaining("slides");
    }

    @Test
    void takesTheWorkflowAndCategoryAsked() throws Exception {
        ImportResult result = FormioImport.translate(form("wizard.json"),
                ImportSettings.of("centro-estivo").withWorkflow("simple").withCategory("servizi-educativi"));

        assertThat(result.definition().at("/x-module/workflow").asText()).isEqualTo("simple");
        assertThat(result.definition().at("/x-module/category").asText()).isEqualTo("servizi-educativi");
        assertThatThrownBy(() -> ImportSettings.of("Centro Estivo")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wizard.json", "every-component.json", "moon-export.json"})
    void loadsWithNoProblemThroughTheEngineLoader(String name) throws Exception {
        ImportResult result = imported(name);
        assertThat(result.problems()).isEmpty();
        Files.createDirectories(forms.resolve("workflows"));
        try (Stream<Path> workflows = Files.list(Path.of("..", "forms", "workflows"))) {
            for (Path workflow : workflows.toList()) {
                Files.copy(workflow, forms.resolve("workflows").resolve(workflow.getFileName()));
            }
        }
        for (Map.Entry<String, String> file : result.files(name).entrySet()) {
            Path target = forms.resolve("prova-import").resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }

        FormCatalog catalog = new FormCatalog(FormSource.directory(forms), VersionLedger.NONE);

        assertThat(catalog.problems()).isEmpty();
        // the first examples are those check-forms wants, and they give what they say
        assertThat(result.validExample()).isPresent();
        assertThat(result.invalidExample().orElseThrow().path("errors")).isNotEmpty();
        assertThat(new ModuleExamples(catalog).failures(true)).isEmpty();
        FormDefinition definition = catalog.find("prova-import").orElseThrow();
        assertThat(definition.version()).isEqualTo("1.0.0");
        assertThat(definition.steps()).hasSize(((ObjectNode) result.definition().path("properties")).size());
    }
}
