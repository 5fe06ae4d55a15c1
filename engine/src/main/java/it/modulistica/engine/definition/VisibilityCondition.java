package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.logic.Logic;
import java.time.LocalDate;
import java.util.List;

/**
 * When a field, section or group is shown ({@code x-visible-when}), or a processing time announced:
 * a JSONLogic expression over the data. The older form {@code {"field": ..., "equals"|"in": ...}}
 * reads as {@code {"===": [{"var": field}, value]}} or {@code {"in": [{"var": field}, [values]]}},
 * so a missing value never matches and {@code true} is not {@code "true"}.
 *
 * @param logic  the expression
 * @param legacy the field of the older form, {@code null} for a JSONLogic expression
 */
public record VisibilityCondition(Logic logic, String legacy) {

    /** Reads either form; {@code null} when the node is not an object. */
    public static VisibilityCondition read(JsonNode spec) {
        if (!spec.isObject()) {
            return null;
        }
        if (!spec.has("field")) {
            return new VisibilityCondition(Logic.of(spec), null);
        }
        String field = spec.path("field").asText("");
        ObjectNode variable = JsonNodeFactory.instance.objectNode().put("var", field);
        ObjectNode logic = JsonNodeFactory.instance.objectNode();
        if (spec.has("equals")) {
            logic.putArray("===").add(variable).add(spec.get("equals"));
        } else {
            ArrayNode in = logic.putArray("in");
            in.add(variable);
            in.add(spec.path("in").isArray() ? spec.path("in") : JsonNodeFactory.instance.arrayNode());
        }
        return new VisibilityCondition(Logic.of(logic), field);
    }

    /** Whether the condition holds for the data in the given rows of the groups around the node. */
    public boolean holds(JsonNode root, int[] rows, LocalDate today) {
        return logic.holds(root, rows, today);
    }

    /**
     * Whether it holds in at least one row of the group its pointers name (for conditions outside
     * any group that still read a group's rows); without {@code *} the same as {@link #holds}.
     */
    public boolean holdsInAnyRow(JsonNode root, LocalDate today) {
        String group = logic.pointers().stream().filter(p -> p.contains("/*")).findFirst()
                .map(p -> p.substring(0, p.indexOf("/*"))).orElse(null);
        if (group == null) {
            return holds(root, new int[0], today);
        }
        JsonNode rows = root.at(group);
        for (int i = 0; i < rows.size(); i++) {
            if (holds(root, new int[] {i}, today)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON pointers the condition reads. */
    public List<String> pointers() {
        return logic.pointers();
    }
}
