package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * form.io's conditions as {@code x-visible-when}: the simple {@code show/when/eq}, the newer
 * {@code conditions} list and {@code conditional.json} (JSONLogic whose {@code data.} and
 * {@code row.} variables become JSON pointers, {@code *} for the same row). Conditions of layout
 * components that are flattened apply to each field inside them. {@code customConditional} is
 * JavaScript and is never run: it is noted where the component is read.
 */
final class Conditions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The JSONLogic operations a definition may use; form.io's own (lodash, dates) are not among them. */
    static final Set<String> OPERATIONS = Set.of("==", "===", "!=", "!==", "!", "!!", "and", "or", "if", "?:",
            ">", ">=", "<", "<=", "in", "+", "-", "*", "/", "%", "min", "max", "cat", "substr", "var", "missing",
            "missing_some", "some", "all", "none", "merge");

    private static final Map<String, String> COMPARISONS = Map.of("isEqual", "==", "isNotEqual", "!=",
            "greaterThan", ">", "greaterThanOrEqual", ">=", "lessThan", "<", "lessThanOrEqual", "<=");

    /** A component's condition, with the form.io path of the row it was declared in ({@code null} outside grids). */
    record Conditional(JsonNode component, String rowPrefix) {
    }

    /**
     * A node of the module waiting for its condition until every field is known.
     *
     * @param component  the form.io component the node comes from, for notes
     * @param node       the node that gets {@code x-visible-when}
     * @param pointer    its data pointer
     * @param conditions its own condition and those of the layout components around it
     */
    record Pending(JsonNode component, ObjectNode node, String pointer, List<Conditional> conditions) {
    }

    private final FieldRegistry registry;
    private final ImportNotes notes;

    Conditions(FieldRegistry registry, ImportNotes notes) {
        this.registry = registry;
        this.notes = notes;
    }

    /** Whether a component declares a condition this class translates. */
    static boolean declares(JsonNode component) {
        JsonNode conditional = component.path("conditional");
        return !FormioJson.text(conditional, "when").isEmpty()
                || conditional.path("json").isObject() && !conditional.path("json").isEmpty()
                || conditional.path("conditions").isArray() && !conditional.path("conditions").isEmpty();
    }

    void apply(Pending pending) {
        List<JsonNode> parts = new ArrayList<>();
        for (Conditional conditional : pending.conditions()) {
            logic(conditional, pending).ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return;
        }
        pending.node().set("x-visible-when", parts.size() == 1 ? parts.get(0)
                : operation("and", parts.toArray(JsonNode[]::new)));
    }

    private Optional<JsonNode> logic(Conditional conditional, Pending pending) {
        JsonNode spec = conditional.component().path("conditional");
        String source = conditional.component() == pending.component() ? ""
                : " (ereditata da \"" + conditional.component().path("key").asText("") + "\")";
        List<String> problems = new ArrayList<>();
        JsonNode logic;
        if (spec.path("json").isObject() && !spec.path("json").isEmpty()) {
            logic = rewrite(spec.path("json"), conditional, null, problems);
        } else if (spec.path("conditions").isArray() && !spec.path("conditions").isEmpty()) {
            logic = conditions(spec, conditional, problems);
        } else {
            logic = showWhenEq(spec, conditional, problems);
        }
        if (logic != null) {
            checkReferences(logic, pending.pointer(), problems);
        }
        if (!problems.isEmpty() || logic == null) {
            notes.notCarried(pending.component(), "Condizione di visibilità" + source + " non riportata ("
                    + String.join("; ", problems) + "): il campo è sempre visibile. form.io: " + spec);
            return Optional.empty();
        }
        return Optional.of(logic);
    }

    private JsonNode showWhenEq(JsonNode spec, Conditional conditional, List<String> problems) {
        String when = FormioJson.text(spec, "when");
        Optional<FieldRegistry.Placed> target = target(when, conditional, problems);
        if (target.isEmpty()) {
            return null;
        }
        JsonNode value = typed(spec.path("eq").asText(""), target.get().shape());
        boolean show = FormioJson.isTrue(spec.path("show"));
        return comparison(target.get(), show ? "==" : "!=", value);
    }

    private JsonNode conditions(JsonNode spec, Conditional conditional, List<String> problems) {
        List<JsonNode> parts = new ArrayList<>();
        for (JsonNode condition : spec.path("conditions")) {
            String operator = condition.path("operator").asText("");
            Optional<FieldRegistry.Placed> target = target(condition.path("component").asText(""), conditional, problems);
            if (target.isEmpty()) {
                continue;
            }
            JsonNode variable = variable(target.get().pointer());
            switch (operator) {
                case "isEmpty" -> parts.add(operation("!", variable));
                case "isNotEmpty" -> parts.add(operation("!!", variable));
                default -> {
                    if (COMPARISONS.containsKey(operator)) {
                        JsonNode value = condition.path("value").isValueNode() && !condition.path("value").isTextual()
                                ? condition.path("value") : typed(condition.path("value").asText(""), target.get().shape());
                        parts.add(comparison(target.get(), COMPARISONS.get(operator), value));
                    } else {
                        problems.add("l'operatore \"" + operator + "\" non ha un equivalente");
                    }
                }
            }
        }
        if (!problems.isEmpty() || parts.isEmpty()) {
            return null;
        }
        JsonNode all = parts.size() == 1 ? parts.get(0)
                : operation("any".equals(spec.path("conjunction").asText("all")) ? "or" : "and", parts.toArray(JsonNode[]::new));
        return FormioJson.isTrue(spec.path("show")) ? all : operation("!", all);
    }

    private Optional<FieldRegistry.Placed> target(String reference, Conditional conditional, List<String> problems) {
        Optional<FieldRegistry.Placed> target = registry.resolve(reference, conditional.rowPrefix());
        if (target.isEmpty()) {
            problems.add(registry.isLeftOut(reference.replaceFirst("^(data|row)\\.", ""))
                    ? "dipende da \"" + reference + "\", che non è stato riportato"
                    : "il campo \"" + reference + "\" non esiste");
        }
        return target;
    }

    /** A comparison as form.io makes it: a list (select boxes, multiple select) holds the value, others equal it. */
    private static JsonNode comparison(FieldRegistry.Placed target, String operator, JsonNode value) {
        JsonNode variable = variable(target.pointer());
        if (target.shape() == Shape.LIST && (operator.equals("==") || operator.equals("!="))) {
            JsonNode holds = operation("in", value, variable);
            return operator.equals("==") ? holds : operation("!", holds);
        }
        return operation(operator, variable, value);
    }

    /**
     * form.io JSONLogic with the module's pointers for its {@code data.} and {@code row.} variables
     * (and {@code input}, the component's own value, when {@code input} is its pointer); what cannot
     * be rewritten is added to {@code problems}.
     */
    JsonNode rewrite(JsonNode logic, Conditional conditional, String input, List<String> problems) {
        if (logic.isArray()) {
            ArrayNode rewritten = JSON.arrayNode();
            logic.forEach(item -> rewritten.add(rewrite(item, conditional, input, problems)));
            return rewritten;
        }
        if (!logic.isObject() || logic.size() != 1) {
            return logic.deepCopy();
        }
        String operator = logic.fieldNames().next();
        JsonNode arguments = logic.path(operator);
        if (operator.equals("var")) {
            String name = arguments.isArray() ? arguments.path(0).asText("") : arguments.asText("");
            if (name.equals("input") && input != null) {
                return variable(input);
            }
            if (!name.startsWith("data.") && !name.startsWith("row.")) {
                problems.add("la variabile \"" + name + "\" non è un dato del modulo");
                return JSON.nullNode();
            }
            Optional<FieldRegistry.Placed> target = target(name, conditional, problems);
            if (target.isEmpty()) {
                return JSON.nullNode();
            }
            if (arguments.isArray() && arguments.size() > 1) {
                return JSON.objectNode().set("var", JSON.arrayNode().add(target.get().pointer()).add(arguments.get(1)));
            }
            return variable(target.get().pointer());
        }
        if (!OPERATIONS.contains(operator)) {
            problems.add("l'operazione \"" + operator + "\" non è di JSONLogic standard");
            return JSON.nullNode();
        }
        return JSON.objectNode().set(operator, rewrite(arguments, conditional, input, problems));
    }

    /**
     * A condition may name a row field only from within that row (the {@code *} stands for the same
     * row), and never the node itself or what it contains.
     */
    private static void checkReferences(JsonNode logic, String pointer, List<String> problems) {
        if (logic.isObject() && logic.has("var")) {
            JsonNode name = logic.path("var");
            String target = name.isArray() ? name.path(0).asText() : name.asText();
            if (target.equals(pointer) || target.startsWith(pointer + "/")) {
                problems.add("il campo dipende da sé stesso o da un campo che contiene");
            }
            int star = target.indexOf("/*");
            while (star >= 0) {
                if (!pointer.startsWith(target.substring(0, star + 2) + "/")) {
                    problems.add("\"" + target + "\" è un campo delle righe di un elenco, e il campo non sta in quelle righe");
                    break;
                }
                star = target.indexOf("/*", star + 2);
            }
            return;
        }
        logic.forEach(child -> checkReferences(child, pointer, problems));
    }

    /** form.io compares as text; the platform compares JSON values, so the value takes the field's type. */
    private static JsonNode typed(String value, Shape shape) {
        if (shape == Shape.BOOLEAN && (value.equals("true") || value.equals("false"))) {
            return JSON.booleanNode(Boolean.parseBoolean(value));
        }
        if (shape == Shape.NUMBER) {
            BigDecimal number = FormioJson.decimal(JSON.textNode(value));
            if (number != null) {
                return number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0
                        ? JSON.numberNode(number.toBigIntegerExact().longValue()) : JSON.numberNode(number);
            }
        }
        return JSON.textNode(value);
    }

    private static JsonNode variable(String pointer) {
        return JSON.objectNode().put("var", pointer);
    }

    private static JsonNode operation(String operator, JsonNode... arguments) {
        if (arguments.length == 1 && !operator.equals("and") && !operator.equals("or")) {
            return JSON.objectNode().set(operator, arguments[0]);
        }
        ArrayNode list = JSON.arrayNode();
        for (JsonNode argument : arguments) {
            list.add(argument);
        }
        return JSON.objectNode().set(operator, list);
    }
}
