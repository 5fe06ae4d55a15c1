package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * form.io's {@code validate.json} as {@code x-rules}. form.io's expression gives {@code true} for a
 * valid value or the error text, which is what {@code {"if": [condition, true, "message"]}} says:
 * that form becomes a rule asserting the condition at the field, with the message (or the
 * component's {@code customMessage}). Any other form is noted.
 */
final class ValidationRules {

    /** A field with {@code validate.json}, waiting until every field is known. */
    private record Pending(JsonNode component, String pointer, String rowPrefix) {
    }

    private final List<Pending> pending = new ArrayList<>();

    static boolean declares(JsonNode component) {
        JsonNode json = component.path("validate").path("json");
        return json.isObject() && !json.isEmpty();
    }

    void add(JsonNode component, String pointer, String rowPrefix) {
        pending.add(new Pending(component, pointer, rowPrefix));
    }

    void apply(ObjectNode root, Conditions conditions, ImportNotes notes) {
        for (Pending field : pending) {
            JsonNode json = field.component().path("validate").path("json");
            JsonNode branches = json.path("if");
            JsonNode condition;
            String message;
            if (branches.size() == 3 && branches.get(1).isBoolean() && branches.get(1).booleanValue()
                    && branches.get(2).isTextual()) {
                condition = branches.get(0);
                message = branches.get(2).asText();
            } else if (branches.size() == 3 && branches.get(2).isBoolean() && branches.get(2).booleanValue()
                    && branches.get(1).isTextual()) {
                condition = root.objectNode().set("!", branches.get(0));
                message = branches.get(1).asText();
            } else {
                notes.notCarried(field.component(), "La convalida JSONLogic (validate.json) non ha la forma "
                        + "{\"if\": [condizione, true, \"messaggio\"]}: non riportata. form.io: " + json);
                continue;
            }
            List<String> problems = new ArrayList<>();
            JsonNode assertion = conditions.rewrite(condition,
                    new Conditions.Conditional(field.component(), field.rowPrefix()), field.pointer(), problems);
            if (!problems.isEmpty()) {
                notes.notCarried(field.component(), "La convalida JSONLogic (validate.json) non è riportata ("
                        + String.join("; ", problems) + "). form.io: " + json);
                continue;
            }
            String custom = FormioJson.text(field.component().path("validate"), "customMessage");
            ArrayNode rules = root.has("x-rules") ? (ArrayNode) root.get("x-rules") : root.putArray("x-rules");
            ObjectNode rule = rules.addObject();
            rule.set("assert", assertion);
            rule.put("pointer", field.pointer());
            rule.put("message", custom.isEmpty() ? message : custom);
        }
    }
}
