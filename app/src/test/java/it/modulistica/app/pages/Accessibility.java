package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core 4.10.3 (npm {@code axe-core}, MPL-2.0, copied to {@code src/test/resources/axe/})
 * in the page the browser shows and fails on any serious or critical violation.
 */
final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    static void assertNoSeriousViolations(JavascriptExecutor browser, String page) {
        browser.executeScript(AXE);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', help: String(e)}]));""");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations).as("serious or critical accessibility violations on %s", page).isEmpty();
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test resources: /axe/axe.min.js");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
