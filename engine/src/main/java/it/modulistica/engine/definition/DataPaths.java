package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;

/** Walking the data at a field's path, where {@code *} stands for every row of a repeatable group. */
public final class DataPaths {

    private DataPaths() {
    }

    /**
     * Calls {@code action} with the concrete pointer and the value of every present value at
     * {@code path} ({@code /figli/*}{@code /certificato} visits {@code /figli/0/certificato}, ...).
     */
    public static void forEachValue(JsonNode data, String path, BiConsumer<String, JsonNode> action) {
        walk(data, path, "", action);
    }

    private static void walk(JsonNode container, String path, String prefix, BiConsumer<String, JsonNode> action) {
        if (path.isEmpty()) {
            action.accept(prefix, container);
            return;
        }
        int slash = path.indexOf('/', 1);
        String token = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String rest = slash < 0 ? "" : path.substring(slash);
        if (token.equals("*")) {
            if (container.isArray()) {
                for (int i = 0; i < container.size(); i++) {
                    walk(container.get(i), rest, prefix + "/" + i, action);
                }
            }
            return;
        }
        String name = token.replace("~1", "/").replace("~0", "~");
        JsonNode next = container.isObject() ? container.get(name) : null;
        if (next != null) {
            walk(next, rest, prefix + "/" + token, action);
        }
    }
}
