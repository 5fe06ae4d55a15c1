package it.modulistica.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FormDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProcessingDatesTest {

    private static final String DEFINITION = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Prova", "type": "object",
              "x-module": {"code": "prova", "version": "1.0.0", "category": "salute", "workflow": "standard",
                           "numbering": "PROVA_{year}.{seq:5}",
                           "processingTimes": [
                             {"title": "Esito", "workingDays": 10},
                             {"title": "Abilitazione con credenziale", "workingDays": 2,
                              "when": {"field": "/utenti/*/credenziale", "equals": true},
                              "x-i18n": {"en": {"title": "Enabling with credentials"}}},
                             {"title": "Abilitazione senza credenziale", "workingDays": 6,
                              "when": {"field": "/utenti/*/credenziale", "equals": false}}
                           ]},
              "properties": {
                "utenti": {"type": "array", "title": "Utenti", "items": {"type": "object", "properties": {
                  "nome": {"type": "string", "title": "Nome"},
                  "credenziale": {"type": "boolean", "title": "Ha già la credenziale"}}}}
              }
            }
            """;

    private final FormDefinition definition = parse(DEFINITION).definition().orElseThrow();
    private final ProcessingDates dates = new ProcessingDates(WorkingDays.ITALY);

    private static DefinitionParser.Result parse(String text) {
        return new DefinitionParser(DataSources.NONE).parse("prova/form.json", "prova", text);
    }

    @Test
    void countsFromTheDayOfSendingInRomeAndKeepsOnlyTheTimesWhoseConditionHoldsInSomeRow() {
        // 23:30 UTC on Tuesday 23 April 2024 is already Wednesday 24 April in Rome; 25 April is a holiday.
        Instant sent = Instant.parse("2024-04-23T23:30:00Z");

        var due = dates.of(definition, DefinitionJson.parse(
                "{\"utenti\": [{\"nome\": \"A\", \"credenziale\": false}, {\"nome\": \"B\", \"credenziale\": false}]}"),
                sent);

        assertThat(due).extracting(d -> d.label().italian(), DueDate::workingDays, DueDate::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Esito", 10, LocalDate.parse("2024-05-10")),
                org.assertj.core.groups.Tuple.tuple("Abilitazione senza credenziale", 6, LocalDate.parse("2024-05-06")));
    }

    @Test
    void bothTimesWhenRowsDiffer() {
        var due = dates.of(definition, DefinitionJson.parse(
                "{\"utenti\": [{\"credenziale\": true}, {\"credenziale\": false}]}"), Instant.parse("2022-07-21T12:01:00Z"));

        assertThat(due).extracting(DueDate::date).containsExactly(LocalDate.parse("2022-08-04"),
                LocalDate.parse("2022-07-25"), LocalDate.parse("2022-07-29"));
        assertThat(due.get(1).label().in(Locale.ENGLISH)).isEqualTo("Enabling with credentials");
    }

    @Test
    void nothingBeforeSending() {
        assertThat(dates.of(definition, DefinitionJson.parse("{}"), null)).isEmpty();
    }

    @Test
    void aConditionOnAnUnknownFieldOrZeroDaysIsAProblemOfTheDefinition() {
        String broken = DEFINITION.replace("\"/utenti/*/credenziale\", \"equals\": false", "\"/utenti/*/abilitato\", \"equals\": false")
                .replace("\"workingDays\": 10", "\"workingDays\": 0");

        assertThat(parse(broken).problems()).extracting(DefinitionProblem::pointer)
                .contains("/x-module/processingTimes/0/workingDays");
        String unknownField = DEFINITION.replace("\"/utenti/*/credenziale\", \"equals\": false",
                "\"/utenti/*/abilitato\", \"equals\": false");
        assertThat(parse(unknownField).problems()).extracting(DefinitionProblem::pointer)
                .containsExactly("/x-module/processingTimes/2/when/field");
    }

    @Test
    void organisationsAllowedAndLockedAreReadAndChecked() {
        String module = "\"numbering\": \"PROVA_{year}.{seq:5}\",";
        String allowed = DEFINITION.replace(module, module + """
                 "compilers": {"organisationRole": "FUNZIONARIO"},
                 "organisations": {"allowed": ["004003", "004029"], "locked": ["004029"]},""");
        FormDefinition restricted = parse(allowed).definition().orElseThrow();
        assertThat(restricted.organisations().allows("004003")).isTrue();
        assertThat(restricted.organisations().allows("001272")).isFalse();
        assertThat(restricted.organisations().isLocked("004029")).isTrue();
        assertThat(restricted.organisations().isLocked("004003")).isFalse();
        assertThat(definition.organisations().allows("001272")).as("no list: any organisation").isTrue();

        String lockedNotAllowed = DEFINITION.replace(module, module + """
                 "organisations": {"allowed": ["004003"], "locked": ["004029"]},""");
        assertThat(parse(lockedNotAllowed).problems()).extracting(DefinitionProblem::pointer)
                .containsExactlyInAnyOrder("/x-module/organisations", "/x-module/organisations/locked/0");
    }
}
