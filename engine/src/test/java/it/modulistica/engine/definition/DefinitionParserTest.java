package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DefinitionParserTest {

    private static String text;
    private static DefinitionParser parser;
    private static FormDefinition definition;

    @BeforeAll
    static void parseComprehensiveDefinition() throws IOException {
        text = FormatSchemaTest.resource("/test-forms/completo/form.json");
        DataSources dataSources = new DataSources(List.of(
                data("province", FormatSchemaTest.resource("/test-forms/data/province.json")),
                data("comuni", FormatSchemaTest.resource("/test-forms/data/comuni.json"))));
        parser = new DefinitionParser(dataSources);
        DefinitionParser.Result result = parser.parse("completo/form.json", "completo", text);
        assertThat(result.problems()).isEmpty();
        definition = result.definition().orElseThrow();
    }

    private static DataSource data(String name, String json) {
        return DataSourceParser.parse(new FormSource.SourceFile("data/" + name + ".json", name, json))
                .source().orElseThrow();
    }

    private static Field field(String path) {
        return definition.field(path).orElseThrow(() -> new AssertionError("no field at " + path));
    }

    @Test
    void readsModuleSettings() {
        assertThat(definition.code()).isEqualTo("completo");
        assertThat(definition.version()).isEqualTo("2.1.0-rc.1");
        assertThat(definition.category()).isEqualTo("enti-locali");
        assertThat(definition.workflow()).isEqualTo("istruttoria");
        assertThat(definition.numbering()).isEqualTo("SERV06_{code}_{version}_{year}.{seq:7}");
        assertThat(definition.window()).isEqualTo(new OpeningWindow(
                LocalDateTime.of(2022, 7, 25, 12, 0), LocalDateTime.of(2022, 9, 30, 23, 59)));
        assertThat(definition.receipt().recipientFields()).containsExactly("/ente/rup/email");
        assertThat(definition.compilers().organisationRole()).isEqualTo("LEGALE_RAPPRESENTANTE");
    }

    @Test
    void stepsAreTheTopLevelPropertiesInOrder() {
        assertThat(definition.steps()).extracting(Field::name).containsExactly("ente", "utenti", "dettagli");
        assertThat(definition.steps()).extracting(Field::kind)
                .containsExactly(FieldKind.SECTION, FieldKind.GROUP, FieldKind.SECTION);
        assertThat(field("/ente").children()).extracting(Field::name).containsExactly(
                "avviso", "denominazione", "codiceFiscale", "partitaIva", "provincia", "comune", "cap", "rup");
    }

    @Test
    void rowsOfARepeatableGroupHaveStarPaths() {
        Field utenti = field("/utenti");
        assertThat(utenti.children()).extracting(Field::path).containsExactly(
                "/utenti/*/nome", "/utenti/*/codiceFiscale", "/utenti/*/nascita", "/utenti/*/email",
                "/utenti/*/ruolo", "/utenti/*/altroRuolo", "/utenti/*/servizi");
        assertThat(utenti.group().add().italian()).isEqualTo("Aggiungi utente");
        assertThat(utenti.constraints().minItems()).isEqualTo(1);
        assertThat(utenti.constraints().maxItems()).isEqualTo(20);
        assertThat(definition.field("/utenti/3/nome")).contains(field("/utenti/*/nome"));
    }

    @Test
    void kindsOfNestedNodes() {
        assertThat(field("/ente/rup").kind()).isEqualTo(FieldKind.SECTION);
        assertThat(field("/ente/avviso").kind()).isEqualTo(FieldKind.INFO);
        assertThat(field("/ente/avviso").holdsData()).isFalse();
        assertThat(field("/ente/avviso").type()).isEqualTo(ValueType.NONE);
        assertThat(field("/ente/rup/email").kind()).isEqualTo(FieldKind.VALUE);
        assertThat(field("/dettagli/canali").kind()).isEqualTo(FieldKind.VALUE);
    }

    @Test
    void infersWidgetsFromTypeFormatAndOptions() {
        assertThat(field("/ente/denominazione").widget()).isEqualTo(Widget.TEXT);
        assertThat(field("/utenti/*/nascita").widget()).isEqualTo(Widget.DATE);
        assertThat(field("/utenti/*/email").widget()).isEqualTo(Widget.EMAIL);
        assertThat(field("/ente/rup/email").widget()).isEqualTo(Widget.EMAIL);
        assertThat(field("/ente/rup/telefono").widget()).isEqualTo(Widget.TEL);
        assertThat(field("/ente/provincia").widget()).isEqualTo(Widget.SELECT);
        assertThat(field("/dettagli/importo").widget()).isEqualTo(Widget.NUMBER);
        assertThat(field("/dettagli/livello").widget()).isEqualTo(Widget.SELECT);
        assertThat(field("/dettagli/urgente").widget()).isEqualTo(Widget.CHECKBOX);
        assertThat(field("/utenti/*/servizi").widget()).isEqualTo(Widget.CHECKBOX);
        assertThat(field("/ente/rup").widget()).isNull();
    }

    @Test
    void declaredWidgetsWinOverInferredOnes() {
        assertThat(field("/utenti/*/ruolo").widget()).isEqualTo(Widget.RADIO);
        assertThat(field("/utenti/*/altroRuolo").widget()).isEqualTo(Widget.TEXTAREA);
        assertThat(field("/dettagli/allegato").widget()).isEqualTo(Widget.FILE);
        assertThat(field("/dettagli/canali").widget()).isEqualTo(Widget.SELECT);
        assertThat(field("/ente/avviso").widget()).isEqualTo(Widget.INFO);
    }

    @Test
    void requiredFlagsComeFromTheParentsRequiredList() {
        assertThat(field("/ente").required()).isTrue();
        assertThat(field("/dettagli").required()).isFalse();
        assertThat(field("/ente/denominazione").required()).isTrue();
        assertThat(field("/ente/partitaIva").required()).isFalse();
        assertThat(field("/ente/rup/email").required()).isTrue();
        assertThat(field("/utenti/*/ruolo").required()).isTrue();
        assertThat(field("/utenti/*/email").required()).isFalse();
    }

    @Test
    void optionsFromEnum() {
        assertThat(field("/utenti/*/servizi").options().inline()).extracting(Option::value)
                .containsExactly("anagrafe", "tributi", "protocollo");
        assertThat(field("/dettagli/livello").options().inline()).extracting(Option::value)
                .containsExactly("1", "2", "3");
    }

    @Test
    void optionsFromOneOfWithTranslatedTitles() {
        List<Option> options = field("/utenti/*/ruolo").options().inline();

        assertThat(options).extracting(Option::value).containsExactly("operatore", "responsabile", "altro");
        assertThat(options.get(0).label().italian()).isEqualTo("Operatore");
        assertThat(options.get(0).label().in(Locale.ENGLISH)).isEqualTo("Operator");
        assertThat(options.get(1).label().in(Locale.ENGLISH)).isEqualTo("Responsabile");
    }

    @Test
    void optionsFromADataSource() {
        OptionSource comune = field("/ente/comune").options();

        assertThat(comune.isDataSource()).isTrue();
        assertThat(comune.source()).isEqualTo("comuni");
        assertThat(comune.valueKey()).isEqualTo("istat");
        assertThat(comune.labelKey()).isEqualTo("nome");
        assertThat(comune.dependsOn()).containsEntry("provincia", "/ente/provincia");
        assertThat(field("/ente/provincia").options().where()).containsEntry("regione", "01");
    }

    @Test
    void visibilityConditions() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 15);
        VisibilityCondition sameRow = field("/utenti/*/altroRuolo").visibleWhen();
        assertThat(sameRow.legacy()).isEqualTo("/utenti/*/ruolo");
        JsonNode rows = DefinitionJson.parse("{\"utenti\": [{\"ruolo\": \"operatore\"}, {\"ruolo\": \"altro\"}]}");
        assertThat(sameRow.holds(rows, new int[] {1}, day)).isTrue();
        assertThat(sameRow.holds(rows, new int[] {0}, day)).isFalse();

        VisibilityCondition among = field("/dettagli/fascia").visibleWhen();
        assertThat(among.holds(DefinitionJson.parse("{\"dettagli\": {\"livello\": 3}}"), new int[0], day)).isTrue();
        assertThat(among.holds(DefinitionJson.parse("{\"dettagli\": {\"livello\": 1}}"), new int[0], day)).isFalse();
        VisibilityCondition urgent = field("/dettagli/motivo").visibleWhen();
        assertThat(urgent.holds(DefinitionJson.parse("{\"dettagli\": {\"urgente\": true}}"), new int[0], day)).isTrue();
        assertThat(urgent.holds(DefinitionJson.parse("{\"dettagli\": {\"urgente\": \"true\"}}"), new int[0], day)).isFalse();
        assertThat(urgent.holds(DefinitionJson.parse("{}"), new int[0], day)).isFalse();
        assertThat(field("/dettagli/importo").visibleWhen()).isNull();
    }

    @Test
    void constraintsAreRead() {
        assertThat(field("/ente/denominazione").constraints().minLength()).isEqualTo(2);
        assertThat(field("/ente/denominazione").constraints().maxLength()).isEqualTo(200);
        assertThat(field("/dettagli/importo").constraints().maximum()).isEqualByComparingTo(new BigDecimal("1000000"));
        assertThat(field("/dettagli/protocollo").constraints().pattern()).isEqualTo("^[A-Z]{3}-[0-9]{4}$");
        assertThat(field("/ente/codiceFiscale").constraints().format()).isEqualTo("codice-fiscale-ente");
        assertThat(field("/ente/codiceFiscale").searchable()).isTrue();
        assertThat(field("/ente/partitaIva").searchable()).isFalse();
    }

    @Test
    void englishTextsComeFromXI18nAndFallBackToItalian() {
        assertThat(definition.title().in(Locale.ENGLISH)).isEqualTo("Census of service users");
        assertThat(definition.title().in(Locale.ITALIAN)).isEqualTo("Censimento utenti dei servizi");
        assertThat(field("/ente/avviso").help().in(Locale.ENGLISH)).startsWith("Data is processed");
        assertThat(field("/ente/denominazione").placeholder().in(Locale.ENGLISH)).isEqualTo("Municipality of ...");
        assertThat(field("/utenti/*/nome").label().in(Locale.ENGLISH)).isEqualTo("First name");
        assertThat(field("/utenti").group().remove().in(Locale.ENGLISH)).isEqualTo("Remove user");
        assertThat(field("/utenti/*/codiceFiscale").label().in(Locale.ENGLISH)).isEqualTo("Codice fiscale");
    }

    @Test
    void contentHashIgnoresWhiteSpace() {
        String reformatted = text.replace("\n", "\n\n   ").replace(": ", " :\t");

        FormDefinition again = parser.parse("completo/form.json", "completo", reformatted).definition().orElseThrow();

        assertThat(again.sha256()).isEqualTo(definition.sha256());
        assertThat(again.content()).isEqualTo(definition.content());
    }

    @Test
    void contentHashChangesWithTheContent() {
        ObjectNode changed = (ObjectNode) DefinitionJson.parse(text);
        changed.put("title", "Censimento utenti dei servizi 2025");

        FormDefinition other = parser.parse("completo/form.json", "completo", DefinitionJson.canonical(changed))
                .definition().orElseThrow();

        assertThat(other.sha256()).isNotEqualTo(definition.sha256()).hasSize(64);
        assertThat(other.title().italian()).isEqualTo("Censimento utenti dei servizi 2025");
    }

    @Test
    void definitionFromTheDatabaseNeedsNoFolder() {
        DefinitionParser.Result stored = parser.parse("completo/form.json", null, definition.content());

        assertThat(stored.problems()).isEmpty();
        assertThat(stored.definition()).hasValueSatisfying(d -> assertThat(d.sha256()).isEqualTo(definition.sha256()));
    }
    @Test
    void refusesXSearchableOnASectionOrAGroup() {
        int ente = text.indexOf("\"type\": \"object\"", text.indexOf("\"ente\""));
        String changed = text.substring(0, ente) + "\"x-searchable\": true, " + text.substring(ente);

        DefinitionParser.Result result = parser.parse("completo/form.json", "completo", changed);

        assertThat(result.definition()).isEmpty();
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.pointer()).endsWith("/x-searchable");
            assertThat(problem.message()).startsWith("\"x-searchable\" vale solo per i campi con un valore");
        });
    }
}
