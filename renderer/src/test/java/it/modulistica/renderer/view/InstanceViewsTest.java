package it.modulistica.renderer.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.renderer.Examples;
import it.modulistica.renderer.InstanceHeader;
import it.modulistica.renderer.TestModule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceViewsTest {

    @TempDir
    Path forms;

    private InstanceView view(String data, Locale locale) {
        FormDefinition definition = TestModule.in(forms);
        return InstanceViews.build(Examples.request(definition, (ObjectNode) DefinitionJson.parse(data), Examples.sent(), locale));
    }

    /** Field label to its value lines, over every section block of the view. */
    private static Map<String, String> values(InstanceView view) {
        return view.steps().stream().flatMap(s -> s.blocks().stream())
                .filter(SectionBlock.class::isInstance).map(SectionBlock.class::cast)
                .flatMap(b -> b.fields().stream())
                .collect(Collectors.toMap(FieldLine::label, f -> String.join("\n", f.lines())));
    }

    @Test
    void leavesOutFieldsWhoseConditionDoesNotHold() {
        assertThat(values(view("{\"dati\": {\"tipo\": \"persona\", \"ragioneSociale\": \"ACME\"}}", Locale.ITALIAN)))
                .doesNotContainKey("Ragione sociale");
        assertThat(values(view("{\"dati\": {\"tipo\": \"ente\", \"ragioneSociale\": \"ACME\"}}", Locale.ITALIAN)))
                .containsEntry("Ragione sociale", "ACME");
    }

    @Test
    void formatsValuesForTheReader() {
        String data = """
                {"dati": {"tipo": "ente", "urgente": true, "importo": 1234.5, "quantita": 3, "colore": "v",
                          "consegna": "2024-02-29", "nota": "prima riga\\nseconda riga"}}
                """;

        Map<String, String> italian = values(view(data, Locale.ITALIAN));
        Map<String, String> english = values(view(data, Locale.ENGLISH));

        assertThat(italian).containsEntry("Tipo", "Ente").containsEntry("Urgente", "Sì").containsEntry("Importo", "1234,5")
                .containsEntry("Quantità", "3").containsEntry("Colore", "Verde").containsEntry("Data di consegna", "29/02/2024")
                .containsEntry("Nota", "prima riga\nseconda riga").containsEntry("Codice", "—");
        assertThat(english).containsEntry("Urgent", "Yes").containsEntry("Importo", "1234.5");
    }

    @Test
    void showsInformationTextAsParagraphs() {
        InfoBlock info = view("{}", Locale.ITALIAN).steps().get(0).blocks().stream()
                .filter(InfoBlock.class::isInstance).map(InfoBlock.class::cast).findFirst().orElseThrow();

        assertThat(info.title()).isEqualTo("Avviso");
        assertThat(info.paragraphs()).containsExactly("Prima riga", "Seconda riga");
    }

    @Test
    void showsHeaderTimesInRomeTimeAcrossDaylightSaving() {
        FormDefinition definition = TestModule.in(forms);
        InstanceHeader winter = new InstanceHeader("N-1", "Inviata", Instant.parse("2022-12-01T08:30:00Z"),
                Instant.parse("2023-01-15T23:30:00Z"), "abc", false);

        HeaderView header = InstanceViews.build(Examples.request(definition, null, winter, Locale.ITALIAN)).header();

        assertThat(header.createdAt()).isEqualTo("01/12/2022 09:30");
        assertThat(header.sentDate()).isEqualTo("16/01/2023");
        assertThat(header.sentTime()).isEqualTo("00:30");
    }

    @Test
    void showsTheComuneByNameEvenWhenTheProvinciaNoLongerMatches() {
        ObjectNode data = Examples.torino();
        ((ObjectNode) data.get("comune")).put("provincia", "CN");

        Map<String, String> values = values(InstanceViews.build(Examples.request(data, Examples.sent())));

        assertThat(values).containsEntry("Comune", "Torino").containsEntry("Provincia", "Cuneo");
    }

    @Test
    void showsRepeatableGroupsAsTablesWithOneRowPerItem() {
        InstanceView view = InstanceViews.build(Examples.request(Examples.torino(), Examples.sent()));
        TableBlock table = (TableBlock) view.steps().get(2).blocks().get(0);

        assertThat(table.columns()).containsExactly("N.", "Nome", "Cognome", "Codice Fiscale", "Data di nascita",
                "Email utente", "Telefono utente");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1)).containsExactly("2", "Gioacchino", "Rossini", "RSSGCH92B29G479P", "29/02/1792",
                "g.rossini@example.org", "3407890123");
        assertThat(view.steps().get(2).intro()).startsWith("Elenco utenti da abilitare al sistema Servizi 06", "CHIEDE");
    }

    @Test
    void leavesOutNothingOfAnEmptyDraftButShowsDashes() {
        InstanceView view = InstanceViews.build(Examples.request((ObjectNode) DefinitionJson.parse("{}"), Examples.draft()));

        assertThat(values(view).values()).containsOnly("—");
        assertThat(view.steps()).extracting(StepView::title)
                .isEqualTo(List.of("Informativa privacy", "Dati del Comune", "Elenco utenti"));
        assertThat(view.header().draft()).isTrue();
    }
}
