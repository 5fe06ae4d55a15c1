package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FormDefinition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code x-computed} sums written by the server, and {@code x-minDate}/{@code x-maxDate} checked with the clock. */
class ComputedAndDateBoundsTest {

    private static final String DEFINITION = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Prova", "type": "object",
              "x-module": {"code": "prova", "version": "1.0.0", "category": "salute", "workflow": "standard",
                           "numbering": "PROVA_{year}.{seq:5}"},
              "properties": {
                "lavori": {
                  "type": "object", "title": "Lavori",
                  "properties": {
                    "inizio": {"type": "string", "title": "Inizio", "format": "date", "x-minDate": "today"},
                    "fine": {"type": "string", "title": "Fine", "format": "date", "x-maxDate": "2030-12-31"}
                  }
                },
                "risorse": {
                  "type": "object", "title": "Risorse",
                  "properties": {
                    "statali": {"type": "number", "title": "Statali", "minimum": 0, "multipleOf": 0.01},
                    "regionali": {"type": "number", "title": "Regionali", "minimum": 0, "multipleOf": 0.01},
                    "totale": {"type": "number", "title": "Totale", "x-computed": {"sum": ["/risorse/statali", "/risorse/regionali"]}},
                    "interventi": {
                      "type": "array", "title": "Interventi",
                      "items": {"type": "object", "properties": {
                        "importo": {"type": "number", "title": "Importo", "multipleOf": 0.01},
                        "escluso": {"type": "boolean", "title": "Escluso"},
                        "nota": {"type": "number", "title": "Quota", "x-visible-when": {"field": "/risorse/interventi/*/escluso", "equals": false}}
                      }}
                    },
                    "totaleInterventi": {"type": "number", "title": "Totale interventi", "x-computed": {"sum": "/risorse/interventi/*/importo"}},
                    "totaleQuote": {"type": "integer", "title": "Totale quote", "x-computed": {"sum": "/risorse/interventi/*/nota"}}
                  }
                }
              }
            }
            """;

    private static final Clock MAY_2025 = Clock.fixed(Instant.parse("2025-05-10T22:30:00Z"), ZoneOffset.UTC);

    private final FormDefinition definition = parse(DEFINITION).definition().orElseThrow();
    private final FormValidator validator = new FormValidator(() -> DataSources.NONE, MAY_2025);

    private static DefinitionParser.Result parse(String text) {
        return new DefinitionParser(DataSources.NONE).parse("prova/form.json", "prova", text);
    }

    private ValidationResult validate(String data, ValidationLevel level) {
        return validator.validate(definition, DefinitionJson.parse(data), level);
    }

    @Test
    void sumsListedFieldsAndRowsReplacingWhatTheClientSent() {
        ValidationResult result = validate("""
                {"risorse": {"statali": 1000.10, "regionali": 250.5, "totale": 999999,
                             "interventi": [{"importo": 100.25, "escluso": false, "nota": 2},
                                            {"importo": 0.75, "escluso": true, "nota": 40}],
                             "totaleInterventi": "tanti"}}
                """, ValidationLevel.COMPLETE);

        assertThat(result.violations()).isEmpty();
        JsonNode risorse = result.data().path("risorse");
        assertThat(risorse.path("totale").decimalValue()).isEqualByComparingTo(new BigDecimal("1250.60"));
        assertThat(risorse.path("totaleInterventi").decimalValue()).isEqualByComparingTo(new BigDecimal("101.00"));
        assertThat(risorse.path("totaleQuote").isIntegralNumber()).isTrue();
        assertThat(risorse.path("totaleQuote").intValue()).as("the hidden quota of the excluded row does not count")
                .isEqualTo(2);
    }

    @Test
    void anUntouchedStepGetsNoComputedValueButAStartedOneGetsZero() {
        assertThat(validate("{}", ValidationLevel.DRAFT).data().has("risorse")).isFalse();

        JsonNode risorse = validate("{\"risorse\": {}}", ValidationLevel.DRAFT).data().path("risorse");
        assertThat(risorse.path("totale").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreRefused() {
        assertThat(validate("{\"risorse\": {\"statali\": 10.005}}", ValidationLevel.COMPLETE).violations())
                .extracting(Violation::pointer, Violation::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/risorse/statali", "multipleOf"));
    }

    @Test
    void aStartBeforeTodayInRomeIsRefusedTodayIsAccepted() {
        // 22:30 UTC on 10 May is already 11 May in Rome.
        assertThat(validate("{\"lavori\": {\"inizio\": \"2025-05-11\"}}", ValidationLevel.COMPLETE).violations()).isEmpty();

        List<Violation> violations = validate("{\"lavori\": {\"inizio\": \"2025-05-10\", \"fine\": \"2031-01-01\"}}",
                ValidationLevel.COMPLETE).violations();

        assertThat(violations).containsExactly(
                new Violation("/lavori/inizio", "minDate", Map.of("limit", "11/05/2025")),
                new Violation("/lavori/fine", "maxDate", Map.of("limit", "31/12/2030")));
        assertThat(new ViolationMessages().message(violations.get(0), java.util.Locale.ITALIAN))
                .isEqualTo("La data non può essere precedente al 11/05/2025");
    }

    @Test
    void aDraftMayHoldAPastStart() {
        assertThat(validate("{\"lavori\": {\"inizio\": \"2020-01-01\"}}", ValidationLevel.DRAFT).violations()).isEmpty();
    }

    @Test
    void computedFieldsAndDateBoundsAreCheckedInTheDefinition() {
        String dateBoundOnText = DEFINITION.replace("\"title\": \"Fine\", \"format\": \"date\"", "\"title\": \"Fine\"");
        assertThat(parse(dateBoundOnText).problems()).extracting(DefinitionProblem::pointer)
                .containsExactly("/properties/lavori/properties/fine/x-maxDate");

        // References are checked once the structure is right.
        String badTerms = DEFINITION
                .replace("\"x-computed\": {\"sum\": \"/risorse/interventi/*/importo\"}",
                        "\"x-computed\": {\"sum\": \"/risorse/interventi/*/escluso\"}")
                .replace("\"x-computed\": {\"sum\": \"/risorse/interventi/*/nota\"}",
                        "\"x-computed\": {\"sum\": \"/risorse/totale\"}");
        assertThat(parse(badTerms).problems()).extracting(DefinitionProblem::pointer).containsExactlyInAnyOrder(
                "/properties/risorse/properties/totaleInterventi/x-computed/sum",
                "/properties/risorse/properties/totaleQuote/x-computed/sum");
    }
}
