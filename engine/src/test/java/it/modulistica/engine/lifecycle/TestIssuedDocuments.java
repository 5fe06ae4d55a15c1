package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.Action;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The engine's tests' {@link IssuedDocumentPrinter}: as if every module brought a template for
 * "accogli" and none for other actions. The real one renders the module's template in the app.
 */
final class TestIssuedDocuments {

    private TestIssuedDocuments() {
    }

    static Optional<byte[]> print(Instance instance, FormDefinition definition, Action action, String note,
            String actor, Instant at) {
        if (!action.code().equals("accogli")) {
            return Optional.empty();
        }
        return Optional.of(("%PDF-1.4 ATTO " + action.code() + " " + instance.number().orElse("-") + " " + actor)
                .getBytes(StandardCharsets.US_ASCII));
    }
}
