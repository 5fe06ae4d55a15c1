package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The JSON Schema part of validation, done by everit-json-schema on a schema derived from the
 * definition for one level. Required fields, unknown keys and data-source options are checked by
 * {@link DataWalker}, so {@code required} is taken out here; a draft keeps only the keywords that
 * protect what is stored (types, maximum lengths and counts).
 */
final class SchemaCheck {

    private static final Set<String> DRAFT_KEYWORDS = Set.of("type", "properties", "items", "maxLength", "maxItems");
    private static final Validator VALIDATOR = Validator.builder().build();

    private final FormDefinition definition;
    private final Schema schema;

    private SchemaCheck(FormDefinition definition, Schema schema) {
        this.definition = definition;
        this.schema = schema;
    }

    static SchemaCheck compile(FormDefinition definition, ValidationLevel level) {
        ObjectNode tree = (ObjectNode) definition.contentTree();
        strip(tree, level);
        SchemaLoader.SchemaLoaderBuilder loader = SchemaLoader.builder()
                .draftV7Support()
                .schemaJson(new JSONObject(tree.toString()));
        return new SchemaCheck(definition, FieldFormats.registerOn(loader).build().load().build());
    }

    /** Removes what everit must not check at this level, keeping the layout of properties. */
    private static void strip(ObjectNode node, ValidationLevel level) {
        if ("file".equals(node.path("x-widget").asText())) {
            // maxFiles is the field's maxItems; the references' shape is DataWalker's to check.
            JsonNode maxFiles = node.path("x-file").path("maxFiles");
            node.put("maxItems", maxFiles.isIntegralNumber() ? maxFiles.intValue() : 1);
        }
        JsonNode choices = node.remove("oneOf");
        if (choices != null && level == ValidationLevel.COMPLETE) {
            // Choices written as oneOf of const+title are checked as the enum of their values.
            ArrayNode values = node.putArray("enum");
            choices.forEach(choice -> values.add(choice.path("const")));
        }
        Iterator<Map.Entry<String, JsonNode>> keywords = node.fields();
        while (keywords.hasNext()) {
            String name = keywords.next().getKey();
            boolean keep = level == ValidationLevel.DRAFT ? DRAFT_KEYWORDS.contains(name)
                    : !name.equals("required") && !name.startsWith("x-");
            if (!keep) {
                keywords.remove();
            }
        }
        JsonNode properties = node.path("properties");
        if (properties.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> children = properties.fields();
            while (children.hasNext()) {
                Map.Entry<String, JsonNode> child = children.next();
                if ("info".equals(child.getValue().path("x-widget").asText())) {
                    children.remove();
                } else if (child.getValue().isObject()) {
                    strip((ObjectNode) child.getValue(), level);
                }
            }
        }
        if (node.path("items").isObject()) {
            strip((ObjectNode) node.path("items"), level);
        }
    }

    /** Adds a violation for each keyword the data breaks. */
    void check(ObjectNode data, List<Violation> violations) {
        ValidationException failure;
        try {
            VALIDATOR.performValidation(schema, toJson(data));
            return;
        } catch (ValidationException e) {
            failure = e;
        }
        collect(failure, violations);
    }

    private void collect(ValidationException e, List<Violation> violations) {
        if (!e.getCausingExceptions().isEmpty()) {
            e.getCausingExceptions().forEach(cause -> collect(cause, violations));
            return;
        }
        String pointer = e.getPointerToViolation() == null ? "" : e.getPointerToViolation().replaceFirst("^#", "");
        String code = e.getKeyword() == null ? "type" : e.getKeyword();
        Map<String, Object> args = arguments(pointer, code);
        if (e.getViolatedSchema() instanceof ConstSchema constant) {
            args.put("expected", String.valueOf(constant.getPermittedValue()));
        }
        violations.add(new Violation(pointer, code, args));
    }

    private Map<String, Object> arguments(String pointer, String code) {
        Field field = definition.field(pointer).orElse(null);
        Map<String, Object> args = new HashMap<>();
        if (field == null) {
            return args;
        }
        var limits = field.constraints();
        switch (code) {
            case "type" -> args.put("expected", field.type().jsonName());
            case "format" -> args.put("format", limits.format());
            case "minLength" -> putIfPresent(args, "limit", limits.minLength());
            case "maxLength" -> putIfPresent(args, "limit", limits.maxLength());
            case "minItems" -> putIfPresent(args, "limit", limits.minItems());
            case "maxItems" -> putIfPresent(args, "limit", limits.maxItems());
            case "minimum", "exclusiveMinimum" -> putIfPresent(args, "limit", plain(limits.minimum()));
            case "maximum", "exclusiveMaximum" -> putIfPresent(args, "limit", plain(limits.maximum()));
            default -> {
                // the other keywords' messages need no argument
            }
        }
        return args;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static void putIfPresent(Map<String, Object> args, String key, Object value) {
        if (value != null) {
            args.put(key, value);
        }
    }

    /** Converts a Jackson tree to org.json without a round trip through text. */
    static Object toJson(JsonNode node) {
        if (node.isObject()) {
            JSONObject object = new JSONObject();
            node.fields().forEachRemaining(e -> object.put(e.getKey(), toJson(e.getValue())));
            return object;
        }
        if (node.isArray()) {
            JSONArray array = new JSONArray();
            node.forEach(item -> array.put(toJson(item)));
            return array;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return JSONObject.NULL;
    }
}
