package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DataSource;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.FormDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final DataSources SOURCES = new DataSources(List.of(
            new DataSource("province", List.of(
                    Map.of("sigla", "CN", "nome", "Cuneo"),
                    Map.of("sigla", "TO", "nome", "Torino"))),
            new DataSource("comuni", List.of(
                    Map.of("istat", "004003", "nome", "Alba", "provincia", "CN"),
                    Map.of("istat", "001272", "nome", "Torino", "provincia", "TO")))));

    private static final String DEFINITION = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Prova",
              "type": "object",
              "x-module": {"code": "prova", "version": "1.0.0", "category": "salute", "workflow": "standard",
                           "numbering": "PROVA_{year}.{seq:5}"},
              "required": ["ente", "persone"],
              "properties": {
                "ente": {
                  "type": "object", "title": "Ente",
                  "required": ["responsabile", "provincia", "comune", "indirizzo", "privato"],
                  "properties": {
                    "avviso": {"x-widget": "info", "title": "Avviso", "description": "Testo"},
                    "responsabile": {
                      "type": "object", "title": "Responsabile", "required": ["nome", "codiceFiscale"],
                      "properties": {
                        "nome": {"type": "string", "title": "Nome", "maxLength": 10},
                        "codiceFiscale": {"type": "string", "title": "CF", "format": "codice-fiscale"}
                      }
                    },
                    "provincia": {"type": "string", "title": "Provincia",
                                  "x-options": {"source": "province", "value": "sigla", "label": "nome"}},
                    "comune": {"type": "string", "title": "Comune",
                               "x-options": {"source": "comuni", "value": "istat", "label": "nome",
                                             "dependsOn": {"provincia": "/ente/provincia"}}},
                    "indirizzo": {"type": "string", "title": "Indirizzo", "maxLength": 20},
                    "privato": {"type": "boolean", "title": "Privato"},
                    "ragioneSociale": {"type": "string", "title": "Ragione sociale",
                                       "x-visible-when": {"field": "/ente/privato", "equals": true}},
                    "dipendenti": {"type": "integer", "title": "Dipendenti", "minimum": 1}
                  }
                },
                "persone": {
                  "type": "array", "title": "Persone", "minItems": 1, "maxItems": 3,
                  "items": {
                    "type": "object", "required": ["nome", "ruolo", "altroRuolo"],
                    "properties": {
                      "nome": {"type": "string", "title": "Nome"},
                      "ruolo": {"type": "string", "title": "Ruolo", "oneOf": [
                        {"const": "R", "title": "Referente"}, {"const": "A", "title": "Altro"}]},
                      "altroRuolo": {"type": "string", "title": "Altro ruolo",
                                     "x-visible-when": {"field": "/persone/*/ruolo", "equals": "A"}}
                    }
                  }
                }
              }
            }
            """;

    private final FormDefinition definition = new DefinitionParser(SOURCES)
            .parse("prova/form.json", "prova", DEFINITION).definition().orElseThrow();
    private final FormValidator validator = new FormValidator(() -> SOURCES);

    private static JsonNode json(String text) {
        return DefinitionJson.parse(text);
    }

    private static final String COMPLETE = """
            {"ente": {"responsabile": {"nome": "Federica", "codiceFiscale": "RSSMRA80A01H501U"},
                      "provincia": "CN", "comune": "004003", "indirizzo": "Via Roma 1", "privato": false},
             "persone": [{"nome": "Anna", "ruolo": "R"}]}
            """;

    @Test
    void acceptsCompleteData() {
        ValidationResult result = validator.validate(definition, json(COMPLETE), ValidationLevel.COMPLETE);

        assertThat(result.violations()).isEmpty();
        assertThat(result.valid()).isTrue();
    }

    @Test
    void reportsMissingRequiredFieldsAtTheFieldsThemselvesLookingIntoMissingSections() {
        ValidationResult result = validator.validate(definition, json("{}"), ValidationLevel.COMPLETE);

        assertThat(result.violations()).extracting(Violation::pointer, Violation::code).containsExactly(
                tuple("/ente/responsabile/nome", "required"),
                tuple("/ente/responsabile/codiceFiscale", "required"),
                tuple("/ente/provincia", "required"),
                tuple("/ente/comune", "required"),
                tuple("/ente/indirizzo", "required"),
                tuple("/ente/privato", "required"),
                tuple("/persone", "minItems"));
        assertThat(result.violations().get(6).args()).containsEntry("limit", 1);
    }

    @Test
    void treatsEmptyStringsAsMissingAndTrimsText() {
        String data = COMPLETE.replace("\"Via Roma 1\"", "\"   \"").replace("\"Anna\"", "\"  Anna \"");

        ValidationResult result = validator.validate(definition, json(data), ValidationLevel.COMPLETE);

        assertThat(result.violations()).extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("/ente/indirizzo", "required"));
        assertThat(result.data().at("/ente").has("indirizzo")).isFalse();
        assertThat(result.data().at("/persone/0/nome").asText()).isEqualTo("Anna");
    }

    @Test
    void rejectsKeysTheDefinitionDoesNotKnowIncludingInformationText() {
        String data = COMPLETE.replace("\"privato\": false", "\"privato\": false, \"extra\": 1, \"avviso\": \"x\"");

        ValidationResult result = validator.validate(definition, json(data), ValidationLevel.DRAFT);

        assertThat(result.violations()).extracting(Violation::pointer, Violation::code)
                .containsExactlyInAnyOrder(tuple("/ente/extra", "unknownField"), tuple("/ente/avviso", "unknownField"));
    }

    @Test
    void removesValuesOfHiddenFieldsAndDoesNotRequireThem() {
        String data = COMPLETE.replace("\"privato\": false", "\"privato\": false, \"ragioneSociale\": \"ACME\"")
                .replace("{\"nome\": \"Anna\", \"ruolo\": \"R\"}",
                        "{\"nome\": \"Anna\", \"ruolo\": \"R\", \"altroRuolo\": \"nascosto\"}, {\"nome\": \"Bea\", \"ruolo\": \"A\"}");

        ValidationResult result = validator.validate(definition, json(data), ValidationLevel.COMPLETE);

        assertThat(result.violations()).extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("/persone/1/altroRuolo", "required"));
        assertThat(result.data().at("/ente").has("ragioneSociale")).isFalse();
        assertThat(result.data().at("/persone/0").has("altroRuolo")).isFalse();
    }

    @Test
    void rejectsAnOptionOfAnotherProvinciaAndAnUnknownOne() {
        String otherProvincia = COMPLETE.replace("\"004003\"", "\"001272\"");
        String unknown = COMPLETE.replace("\"CN\"", "\"XX\"");

        assertThat(validator.validate(definition, json(otherProvincia), ValidationLevel.COMPLETE).violations())
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/ente/comune", "option"));
        assertThat(validator.validate(definition, json(unknown), ValidationLevel.COMPLETE).violations())
                .extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("/ente/provincia", "option"), tuple("/ente/comune", "option"));
    }

    @Test
    void checksSchemaKeywordsWithTheirArguments() {
        String data = COMPLETE.replace("\"Federica\"", "\"Federica Maria\"")
                .replace("\"privato\": false", "\"privato\": false, \"dipendenti\": 0")
                .replace("\"ruolo\": \"R\"", "\"ruolo\": \"Z\"")
                .replace("RSSMRA80A01H501U", "RSSMRA80A01H501X");

        ValidationResult result = validator.validate(definition, json(data), ValidationLevel.COMPLETE);

        assertThat(result.violations()).extracting(Violation::pointer, Violation::code, Violation::args).containsExactly(
                tuple("/ente/responsabile/nome", "maxLength", Map.of("limit", 10)),
                tuple("/ente/responsabile/codiceFiscale", "format", Map.of("format", "codice-fiscale")),
                tuple("/ente/dipendenti", "minimum", Map.of("limit", "1")),
                tuple("/persone/0/ruolo", "enum", Map.of()));
    }

    @Test
    void upperCasesCodiceFiscale() {
        String data = COMPLETE.replace("RSSMRA80A01H501U", "rssmra80a01h501u");

        ValidationResult result = validator.validate(definition, json(data), ValidationLevel.COMPLETE);

        assertThat(result.violations()).isEmpty();
        assertThat(result.data().at("/ente/responsabile/codiceFiscale").asText()).isEqualTo("RSSMRA80A01H501U");
    }

    @Test
    void draftAcceptsIncompleteDataButNotWrongTypesOrExcessLength() {
        String incomplete = "{\"ente\": {\"responsabile\": {\"codiceFiscale\": \"RSS\"}, \"comune\": \"999\"}, \"persone\": []}";
        String malformed = "{\"ente\": {\"indirizzo\": \"Via dei Mille, 1000, interno 4\", \"privato\": \"sì\"},"
                + " \"persone\": [{}, {}, {}, {}]}";

        assertThat(validator.validate(definition, json(incomplete), ValidationLevel.DRAFT).violations()).isEmpty();
        assertThat(validator.validate(definition, json(malformed), ValidationLevel.DRAFT).violations())
                .extracting(Violation::pointer, Violation::code).containsExactly(
                        tuple("/ente/indirizzo", "maxLength"),
                        tuple("/ente/privato", "type"),
                        tuple("/persone", "maxItems"));
    }

    @Test
    void rejectsADocumentThatIsNotAnObject() {
        assertThat(validator.validate(definition, json("[1]"), ValidationLevel.DRAFT).violations())
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("", "type"));
    }

    @Test
    void resolvesMessagesInItalianByDefaultAndInEnglish() {
        ViolationMessages messages = new ViolationMessages();
        Violation tooLong = new Violation("/a", "maxLength", Map.of("limit", 150));
        Violation codiceFiscale = new Violation("/b", "format", Map.of("format", "codice-fiscale"));

        assertThat(messages.message(tooLong, Locale.ITALIAN)).isEqualTo("Inserire al massimo 150 caratteri");
        assertThat(messages.message(tooLong, Locale.FRENCH)).isEqualTo("Inserire al massimo 150 caratteri");
        assertThat(messages.message(tooLong, Locale.ENGLISH)).isEqualTo("Enter at most 150 characters");
        assertThat(messages.message(codiceFiscale, Locale.ITALIAN)).isEqualTo("Codice fiscale non valido");
        assertThat(messages.message(Violation.of("/c", "required"), Locale.ITALIAN)).isEqualTo("Campo obbligatorio");
        assertThat(messages.message(new Violation("/d", "const", Map.of("expected", "true")), Locale.ITALIAN))
                .isEqualTo("Selezione obbligatoria");
    }
}
