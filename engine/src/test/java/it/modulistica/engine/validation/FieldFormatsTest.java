package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldFormatsTest {

    @Test
    void offersEveryFormatTheDefinitionsMayDeclare() {
        assertThat(FieldFormats.validators()).containsOnlyKeys(
                "codice-fiscale", "codice-fiscale-ente", "partita-iva", "cap", "telefono", "email", "pec", "iban");
        FieldFormats.validators().forEach((name, validator) -> assertThat(validator.formatName()).isEqualTo(name));
    }

    @ParameterizedTest
    @CsvSource({
        "codice-fiscale, RSSMRA80A01H501U, RSSMRA80A01H501A",
        "codice-fiscale-ente, 80087670016, 80087670018",
        "partita-iva, 00743110157, 00743110158",
        "cap, 10121, 1012",
        "telefono, +39 011 0824108, 011/0824108",
        "email, mario.rossi@example.it, mario.rossi@example",
        "pec, protocollo@pec.comune.torino.it, protocollo@pec.comune.torino.it;a@b.it",
        "iban, IT60X0542811101000000123456, IT61X0542811101000000123456",
    })
    void validatorReportsNothingForAValidValueAndAMessageNamingTheFormatOtherwise(
            String format, String valid, String invalid) {
        var validator = FieldFormats.validators().get(format);

        assertThat(validator.validate(valid)).isEmpty();
        assertThat(validator.validate(invalid)).hasValueSatisfying(message -> assertThat(message)
                .contains(format)
                .doesNotContain(invalid));
    }

    @Test
    void everitReportsAFormatViolationForAWrongCodiceFiscale() {
        Schema schema = schemaWithFormat("codice-fiscale");

        assertThatCode(() -> schema.validate(data("RSSMRA80A01H501U"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> schema.validate(data("RSSMRA80A01H501A")))
                .isInstanceOfSatisfying(ValidationException.class, violation -> {
                    assertThat(violation.getKeyword()).isEqualTo("format");
                    assertThat(violation.getPointerToViolation()).isEqualTo("#/value");
                });
    }

    @Test
    void everitAppliesOurEmailRuleInsteadOfItsOwn() {
        String quotedLocalPart = "\"mario rossi\"@example.it";
        Schema builtIn = SchemaLoader.builder().schemaJson(schemaJson("email")).build().load().build();
        assertThatCode(() -> builtIn.validate(data(quotedLocalPart))).doesNotThrowAnyException();

        Schema ours = schemaWithFormat("email");

        assertThatThrownBy(() -> ours.validate(data(quotedLocalPart)))
                .isInstanceOfSatisfying(ValidationException.class,
                        violation -> assertThat(violation.getKeyword()).isEqualTo("format"));
    }

    private static Schema schemaWithFormat(String format) {
        return FieldFormats.registerOn(SchemaLoader.builder().schemaJson(schemaJson(format))).build().load().build();
    }

    private static JSONObject schemaJson(String format) {
        return new JSONObject(Map.of(
                "$schema", "http://json-schema.org/draft-07/schema#",
                "type", "object",
                "properties", Map.of("value", Map.of("type", "string", "format", format))));
    }

    private static JSONObject data(String value) {
        return new JSONObject(Map.of("value", value));
    }
}
