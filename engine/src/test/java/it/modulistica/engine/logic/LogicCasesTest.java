package it.modulistica.engine.logic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DefinitionJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of JSONLogic cases shared with the page ({@code cases.json}; the browser runs the same
 * file in {@code LogicCasesJourneyTest}): the server's evaluator gives each expected result.
 */
class LogicCasesTest {

    static JsonNode table() {
        try (InputStream in = LogicCasesTest.class.getResourceAsStream("cases.json")) {
            return DefinitionJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        JsonNode table = table();
        List<Arguments> cases = new ArrayList<>();
        table.path("cases").forEach(c -> cases.add(Arguments.of(c.path("name").asText(), c)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void serverGivesTheExpectedResult(String name, JsonNode testCase) {
        JsonNode table = table();
        int[] rows = new int[testCase.path("rows").size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = testCase.path("rows").get(i).asInt();
        }

        JsonNode result = Logic.of(testCase.get("logic"))
                .evaluate(table.get("data"), rows, LocalDate.parse(table.path("today").asText()));

        assertThat(result.toString()).as(name).isEqualTo(testCase.get("result").toString());
    }
}
