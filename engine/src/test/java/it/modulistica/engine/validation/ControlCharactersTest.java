package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private List<Violation> check(String json) throws Exception {
        JsonNode data = mapper.readTree(json);
        List<Violation> violations = new ArrayList<>();
        ControlCharacters.check(data, violations);
        return violations;
    }

    @Test
    void refusesNulEscapeAndC1CharactersAtTheirPointers() throws Exception {
        assertThat(check("""
                {"a": "x\\u0000y", "b": {"c": ["ok", "\\u001b[31m"]}, "d/e": "\\u0085", "n": 1, "t": true}
                """)).containsExactly(
                new Violation("/a", "controlCharacter", java.util.Map.of("character", "U+0000")),
                new Violation("/b/c/1", "controlCharacter", java.util.Map.of("character", "U+001B")),
                new Violation("/d~1e", "controlCharacter", java.util.Map.of("character", "U+0085")));
    }

    @Test
    void acceptsTabLineFeedCarriageReturnAndOrdinaryUnicode() throws Exception {
        assertThat(check("""
                {"a": "riga 1\\r\\nriga 2\\tfine", "b": "città – “virgolette” €"}
                """)).isEmpty();
    }

    @Test
    void refusesAControlCharacterInAKeyNamingItPrintably() throws Exception {
        assertThat(check("{\"a\\u0000b\": \"x\"}")).extracting(Violation::pointer).containsExactly("/a\\u0000b");
    }

    @Test
    void hasAnItalianAndAnEnglishMessage() {
        Violation violation = ControlCharacters.check("/note", "a\u0007").get(0);
        ViolationMessages messages = new ViolationMessages();
        assertThat(messages.message(violation, Locale.ITALIAN))
                .isEqualTo("Il testo contiene un carattere di controllo non ammesso (U+0007): eliminarlo e riprovare");
        assertThat(messages.message(violation, Locale.ENGLISH)).startsWith("The text contains a control character");
    }
}
