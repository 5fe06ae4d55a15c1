package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
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

    /**
     * The list at a concrete pointer ({@code /figli/0/documenti}), created with the objects leading
     * to it when missing; empty when a row on the way does not exist or a value is in the way.
     */
    public static Optional<ArrayNode> listAt(ObjectNode data, String pointer) {
        String[] tokens = pointer.substring(1).split("/", -1);
        JsonNode container = data;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replace("~1", "/").replace("~0", "~");
            if (container instanceof ArrayNode rows) {
                container = token.matches("\\d{1,6}") ? rows.path(Integer.parseInt(token)) : null;
                if (container == null || !container.isObject()) {
                    return Optional.empty();
                }
                continue;
            }
            ObjectNode object = (ObjectNode) container;
            JsonNode next = object.get(token);
            if (i == tokens.length - 1) {
                return Optional.of(next instanceof ArrayNode list ? list : object.putArray(token));
            }
            if (next == null || next.isNull()) {
                next = object.putObject(token);
            } else if (!next.isContainerNode()) {
                return Optional.empty();
            }
            container = next;
        }
        return Optional.empty();
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
