package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FormDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * JSONLogic in definitions: {@code x-visible-when} expressions, {@code x-rules} with the author's
 * message per row, {@code x-computed.logic}, and the linter's problems with their pointers.
 */
class LogicInDefinitionsTest {

    private static final String CANTEEN = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Mensa", "type": "object",
              "x-module": {"code": "mensa", "version": "1.0.0", "category": "scuola", "workflow": "standard",
                           "numbering": "MENSA_{year}.{seq:5}"},
              "x-rules": [
                {"assert": {"or": [{"!": {"var": "/figli/*/dataNascita"}},
                                   {">=": [{"years_between": [{"var": "/figli/*/dataNascita"}, {"today": []}]}, 3]}]},
                 "pointer": "/figli/*/dataNascita",
                 "message": "Il bambino deve avere almeno 3 anni",
                 "x-i18n": {"en": {"message": "The child must be at least 3 years old"}}},
                {"assert": {"!==": [{"var": "/figli/*/codiceFiscale"}, {"var": "/richiedente/codiceFiscale"}]},
                 "pointer": "/figli/*/codiceFiscale", "message": "Il codice fiscale del figlio è quello del richiedente",
                 "level": "draft"},
                {"assert": {"!": {"var": "/tariffa/nota"}}, "pointer": "/tariffa/riduzione",
                 "message": "Nessuna nota ammessa"}
              ],
              "properties": {
                "richiedente": {"type": "object", "title": "Richiedente", "properties": {
                  "codiceFiscale": {"type": "string", "title": "CF"}
                }},
                "tariffa": {"type": "object", "title": "Tariffa", "properties": {
                  "riduzione": {"type": "boolean", "title": "Riduzione"},
                  "valoreIsee": {"type": "number", "title": "ISEE", "x-visible-when": {"field": "/tariffa/riduzione", "equals": true}},
                  "attestazione": {"type": "string", "title": "Attestazione",
                    "x-visible-when": {"and": [{"var": "/tariffa/riduzione"}, {"<": [{"var": "/tariffa/valoreIsee"}, 30000]}]}},
                  "nota": {"type": "string", "title": "Nota", "x-visible-when": {"===": [{"var": "/tariffa/riduzione"}, false]}},
                  "fascia": {"type": "string", "title": "Fascia", "x-computed": {"logic":
                    {"if": [{"<": [{"var": "/tariffa/valoreIsee"}, 15000]}, "A", {"<": [{"var": "/tariffa/valoreIsee"}, 30000]}, "B", "C"]}}},
                  "ridotta": {"type": "boolean", "title": "Ridotta", "x-computed": {"logic": {"===": [{"var": "/tariffa/fascia"}, "A"]}}},
                  "figli": {"type": "integer", "title": "Figli", "x-computed": {"logic": {"reduce": [{"var": "/figli"}, {"+": [{"var": "accumulator"}, 1]}, 0]}}}
                }},
                "figli": {"type": "array", "title": "Figli", "items": {"type": "object", "properties": {
                  "codiceFiscale": {"type": "string", "title": "CF"},
                  "dataNascita": {"type": "string", "title": "Nascita", "format": "date"},
                  "dieta": {"type": "boolean", "title": "Dieta"},
                  "tipoDieta": {"type": "string", "title": "Tipo", "x-visible-when": {"var": "/figli/*/dieta"}}
                }}}
              }
            }
            """;

    private static final Clock JANUARY_2025 = Clock.fixed(Instant.parse("2025-01-15T09:00:00Z"), ZoneOffset.UTC);

    private final FormDefinition definition = parse(CANTEEN).definition()
            .orElseThrow(() -> new AssertionError(parse(CANTEEN).problems()));
    private final FormValidator validator = new FormValidator(() -> DataSources.NONE, JANUARY_2025);

    private static DefinitionParser.Result parse(String text) {
        return new DefinitionParser(DataSources.NONE).parse("mensa/form.json", "mensa", text);
    }

    private ValidationResult validate(String data, ValidationLevel level) {
        return validator.validate(definition, DefinitionJson.parse(data), level);
    }

    @Test
    void jsonLogicConditionsHideValuesPerRowAndAcrossFields() {
        ValidationResult result = validate("""
                {"tariffa": {"riduzione": true, "valoreIsee": 35000, "attestazione": "x", "nota": "n"},
                 "figli": [{"dieta": true, "tipoDieta": "celiachia"}, {"dieta": false, "tipoDieta": "vegana"}]}""",
                ValidationLevel.COMPLETE);

        JsonNode data = result.data();
        assertThat(data.at("/tariffa/attestazione").isMissingNode()).isTrue();
        assertThat(data.at("/tariffa/nota").isMissingNode()).isTrue();
        assertThat(data.at("/figli/0/tipoDieta").asText()).isEqualTo("celiachia");
        assertThat(data.at("/figli/1/tipoDieta").isMissingNode()).isTrue();
        assertThat(validate("{\"tariffa\": {\"riduzione\": true, \"valoreIsee\": 20000, \"attestazione\": \"x\"}}",
                ValidationLevel.COMPLETE).data().at("/tariffa/attestazione").asText()).isEqualTo("x");
    }

    @Test
    void rulesGiveOneViolationPerRowWithTheAuthorsMessage() {
        ValidationResult result = validate("""
                {"richiedente": {"codiceFiscale": "AAA"},
                 "figli": [{"dataNascita": "2021-01-15", "codiceFiscale": "AAA"},
                           {"dataNascita": "2022-06-30", "codiceFiscale": "BBB"},
                           {"codiceFiscale": "CCC"}]}""", ValidationLevel.COMPLETE);

        assertThat(result.violations()).extracting(v -> v.pointer() + " " + v.code()).containsExactly(
                "/figli/0/codiceFiscale rule", "/figli/1/dataNascita rule");
        ViolationMessages messages = new ViolationMessages();
        Violation tooYoung = result.violations().get(1);
        assertThat(messages.message(tooYoung, Locale.ITALIAN)).isEqualTo("Il bambino deve avere almeno 3 anni");
        assertThat(messages.message(tooYoung, Locale.ENGLISH)).isEqualTo("The child must be at least 3 years old");
        assertThat(messages.message(result.violations().get(0), Locale.ENGLISH))
                .isEqualTo("Il codice fiscale del figlio è quello del richiedente");
    }

    @Test
    void draftLevelChecksOnlyDraftRules() {
        ValidationResult result = validate("""
                {"richiedente": {"codiceFiscale": "AAA"},
                 "figli": [{"dataNascita": "2024-01-15", "codiceFiscale": "AAA"}]}""", ValidationLevel.DRAFT);

        assertThat(result.violations()).extracting(v -> v.pointer() + " " + v.code())
                .containsExactly("/figli/0/codiceFiscale rule");
    }

    @Test
    void rulesSeeTheDataAfterHiddenValuesAreRemoved() {
        assertThat(validate("{\"tariffa\": {\"riduzione\": true, \"nota\": \"nascosta\"}}", ValidationLevel.COMPLETE)
                .violations()).isEmpty();
        assertThat(validate("{\"tariffa\": {\"riduzione\": false, \"nota\": \"visibile\"}}", ValidationLevel.COMPLETE)
                .violations()).extracting(Violation::pointer).containsExactly("/tariffa/riduzione");
    }

    @Test
    void computedLogicWritesStringsBooleansAndNumbersInDependencyOrder() {
        JsonNode data = validate("""
                {"tariffa": {"riduzione": true, "valoreIsee": 12000, "fascia": "Z", "ridotta": false},
                 "figli": [{}, {}]}""", ValidationLevel.DRAFT).data();

        assertThat(data.at("/tariffa/fascia").asText()).isEqualTo("A");
        assertThat(data.at("/tariffa/ridotta").booleanValue()).isTrue();
        assertThat(data.at("/tariffa/figli").isIntegralNumber()).isTrue();
        assertThat(data.at("/tariffa/figli").intValue()).isEqualTo(2);
    }

    @Test
    void linterReportsUnknownVariablesOperatorsTypeMismatchesAndCycles() {
        String broken = CANTEEN
                .replace("{\"field\": \"/tariffa/riduzione\", \"equals\": true}", "{\"field\": \"/tariffa/riduzione\", \"equals\": \"true\"}")
                .replace("{\"var\": \"/figli/*/dieta\"}", "{\"==\": [{\"var\": \"/figli/*/dieta\"}, \"sì\"]}")
                .replace("\"pointer\": \"/tariffa/riduzione\"", "\"pointer\": \"/tariffa/inesistente\"")
                .replace("{\"!\": {\"var\": \"/tariffa/nota\"}}", "{\"nessuno\": [{\"var\": \"tariffa.nota\"}]}")
                .replace("{\"<\": [{\"var\": \"/tariffa/valoreIsee\"}, 30000]}", "{\"<\": [{\"var\": \"/tariffa/isee\"}, 30000]}")
                .replace("{\"===\": [{\"var\": \"/tariffa/fascia\"}, \"A\"]}", "{\"!\": {\"var\": \"/tariffa/figli\"}}")
                .replace("{\"reduce\": [{\"var\": \"/figli\"}, {\"+\": [{\"var\": \"accumulator\"}, 1]}, 0]}",
                        "{\"if\": [{\"var\": \"/tariffa/ridotta\"}, 1, 0]}");

        List<DefinitionProblem> problems = parse(broken).problems();

        assertThat(problems).extracting(p -> p.pointer()).containsExactlyInAnyOrder(
                "/properties/tariffa/properties/valoreIsee/x-visible-when/equals",
                "/properties/figli/items/properties/tipoDieta/x-visible-when/==",
                "/x-rules/2/pointer",
                "/x-rules/2/assert/nessuno",
                "/properties/tariffa/properties/attestazione/x-visible-when/and/1/</0/var",
                "/properties/tariffa/properties/fascia/x-computed/logic/if/2/</0/var",
                "/properties/tariffa/properties/ridotta/x-computed");
        assertThat(problems).extracting(DefinitionProblem::message).anySatisfy(m -> assertThat(m)
                .contains("Campi calcolati in ciclo: /tariffa/ridotta → /tariffa/figli → /tariffa/ridotta"));
        assertThat(problems).extracting(DefinitionProblem::message).anySatisfy(m -> assertThat(m)
                .contains("sì/no (boolean) e testo (string)"));
    }

    @Test
    void variablesMustBePointersOutsideIterations() {
        String relative = CANTEEN.replace("{\"var\": \"/figli/*/dieta\"}", "{\"var\": \"figli.dieta\"}");

        assertThat(parse(relative).problems()).extracting(DefinitionProblem::pointer)
                .containsExactly("/properties/figli/items/properties/tipoDieta/x-visible-when/var");
    }
}
