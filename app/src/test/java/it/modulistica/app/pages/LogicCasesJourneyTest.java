package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DefinitionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The table of JSONLogic cases the server's evaluator passes ({@code LogicCasesTest}), run in a real
 * Chromium by the scripts the pages load ({@code /js/vendor/json-logic.js} and {@code /js/logic.js}):
 * the page gives every case the same result as the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogicCasesJourneyTest {

    /** The one table, in the engine's test resources, seen from the app module. */
    private static final Path CASES = Path.of("..", "engine", "src", "test", "resources", "it", "modulistica",
            "engine", "logic", "cases.json");

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        Browser.requireEnabled();
        browser = Browser.start(true);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePageGivesEveryCaseOfTheSharedTableTheServersResult() throws IOException {
        JsonNode table = DefinitionJson.parse(Files.readString(CASES));
        WizardDriver user = new WizardDriver(browser, port);
        user.signIn("federica.neri");

        List<String> disagreements = new ArrayList<>();
        for (JsonNode testCase : table.path("cases")) {
            Object result = browser.executeScript(
                    "return JSON.stringify(window.ModulisticaLogic.evaluate(JSON.parse(arguments[0]), "
                            + "JSON.parse(arguments[1]), JSON.parse(arguments[2]), arguments[3]));",
                    testCase.get("logic").toString(), table.get("data").toString(),
                    testCase.path("rows").isArray() ? testCase.get("rows").toString() : "[]",
                    table.path("today").asText());
            if (!testCase.get("result").toString().equals(result)) {
                disagreements.add(testCase.path("name").asText() + ": " + result);
            }
        }

        assertThat(table.path("cases").size()).isGreaterThan(50);
        assertThat(disagreements).isEmpty();
    }
}
