package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.workflow.State;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's tests' {@link ReceiptPrinter}: the real one lives in the app and uses the renderer,
 * which the engine does not depend on. It prints a line naming what a receipt must show, remembers
 * which instances it printed, and can be told to fail once.
 */
final class TestReceipts {

    private static final Map<UUID, Integer> PRINTED = new ConcurrentHashMap<>();
    private static volatile boolean failNext;

    private TestReceipts() {
    }

    static byte[] print(Instance instance, FormDefinition definition, State state) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("The receipt printer failed, as the test asked");
        }
        PRINTED.merge(instance.id(), 1, Integer::sum);
        return text(instance).getBytes(StandardCharsets.UTF_8);
    }

    static String text(Instance instance) {
        return "RICEVUTA " + instance.number().orElse("-") + " " + instance.state() + " "
                + instance.frozenSha256().orElse("-");
    }

    static Set<UUID> printed() {
        return Set.copyOf(PRINTED.keySet());
    }

    /** How many times the instance's receipt was printed. */
    static int prints(UUID instanceId) {
        return PRINTED.getOrDefault(instanceId, 0);
    }

    static void failNext() {
        failNext = true;
    }
}
