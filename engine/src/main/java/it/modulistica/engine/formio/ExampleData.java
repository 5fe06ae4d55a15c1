package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FieldKind;
import it.modulistica.engine.definition.FileType;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.Option;
import it.modulistica.engine.definition.ValueType;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ModuleExamples;
import it.modulistica.engine.validation.ValidationLevel;
import it.modulistica.engine.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * First examples for an imported module, as {@code check-forms} wants them: a valid one filled
 * with plain values (kept only when the engine's validator finds no violation in it, checked on
 * the examples' day) and an invalid one, the empty submission with the violations the validator
 * gives. The author replaces them with real cases.
 */
final class ExampleData {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Clock CLOCK = Clock.fixed(Instant.parse(ModuleExamples.EXAMPLES_DAY + "T09:00:00Z"),
            ZoneOffset.UTC);

    /** Values that common patterns accept: a time, a codice fiscale, digits, letters, a CAP, an IBAN. */
    private static final List<String> PATTERN_CANDIDATES = List.of("09:30", "RSSMRA80A01H501U", "Esempio", "12345",
            "1234567890", "ABC", "A1", "1", "a", "12051", "IT60X0542811101000000123456", "01234567890");

    private final FormValidator validator = new FormValidator(() -> DataSources.NONE, CLOCK);
    private int files;

    /**
     * @param valid   data with no violation at complete level, or {@code null} when the plain values do not satisfy the module
     * @param invalid an invalid example: {@code description}, {@code level}, {@code data} and the expected {@code errors}
     */
    record Examples(JsonNode valid, ObjectNode invalid) {
    }

    static Examples of(FormDefinition definition) {
        return new ExampleData().examples(definition);
    }

    private Examples examples(FormDefinition definition) {
        ObjectNode filled = object(definition.steps());
        JsonNode valid = violations(definition, filled).isEmpty() ? filled : null;
        ObjectNode data = JSON.objectNode();
        String description = "Modulo inviato vuoto: mancano i campi obbligatori.";
        List<Violation> violations = violations(definition, data);
        if (violations.isEmpty()) {
            description = "Una chiave che il modulo non prevede.";
            data.set("campoSconosciuto", JSON.textNode("valore"));
            violations = violations(definition, data);
        }
        ObjectNode invalid = JSON.objectNode().put("description", description).put("level", "complete");
        invalid.set("data", data);
        ArrayNode errors = invalid.putArray("errors");
        violations.forEach(v -> errors.addObject().put("pointer", v.pointer()).put("code", v.code()));
        return new Examples(valid, invalid);
    }

    private List<Violation> violations(FormDefinition definition, JsonNode data) {
        return validator.validate(definition, data, ValidationLevel.COMPLETE).violations();
    }

    private ObjectNode object(List<Field> fields) {
        ObjectNode object = JSON.objectNode();
        for (Field field : fields) {
            JsonNode value = value(field);
            if (value != null) {
                object.set(field.name(), value);
            }
        }
        return object;
    }

    private JsonNode value(Field field) {
        if (field.kind() == FieldKind.INFO || field.isComputed()) {
            return null;
        }
        if (field.kind() == FieldKind.SECTION) {
            return object(field.children());
        }
        if (field.kind() == FieldKind.GROUP) {
            ArrayNode rows = JSON.arrayNode();
            for (int i = 0; i < count(field, 1); i++) {
                rows.add(object(field.children()));
            }
            return rows;
        }
        if (field.isFile()) {
            FileType type = field.files().types().get(0);
            ArrayNode references = JSON.arrayNode();
            for (int i = 0; i < Math.min(count(field, 1), field.files().maxFiles()); i++) {
                references.addObject()
                        .put("id", UUID.nameUUIDFromBytes(("esempio-" + (++files)).getBytes(StandardCharsets.UTF_8)).toString())
                        .put("name", "documento-" + files + "." + type.extensions().get(0))
                        .put("mediaType", type.mediaType())
                        .put("size", 1024);
            }
            return references;
        }
        List<Option> options = field.options() == null ? List.of() : field.options().inline();
        return switch (field.type()) {
            case ARRAY -> {
                ArrayNode chosen = JSON.arrayNode();
                options.stream().limit(count(field, 1)).forEach(option -> chosen.add(option.value()));
                yield chosen;
            }
            case BOOLEAN -> JSON.booleanNode(true);
            case NUMBER, INTEGER -> options.isEmpty() ? number(field) : number(new BigDecimal(options.get(0).value()), field);
            case STRING -> options.isEmpty() ? text(field) : JSON.textNode(options.get(0).value());
            default -> null;
        };
    }

    /** The rows or choices to give: at least the minimum, at least {@code wanted}, at most the maximum. */
    private static int count(Field field, int wanted) {
        int min = field.constraints().minItems() == null ? 0 : field.constraints().minItems();
        int count = Math.max(min, wanted);
        return field.constraints().maxItems() == null ? count : Math.min(count, field.constraints().maxItems());
    }

    private static JsonNode number(Field field) {
        BigDecimal min = field.constraints().minimum();
        BigDecimal max = field.constraints().maximum();
        BigDecimal value = min != null ? min : max != null && max.compareTo(BigDecimal.ONE) < 0 ? max : BigDecimal.ONE;
        return number(value, field);
    }

    private static JsonNode number(BigDecimal value, Field field) {
        return field.type() == ValueType.INTEGER ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
    }

    private static JsonNode text(Field field) {
        String format = field.constraints().format() == null ? "" : field.constraints().format();
        String pattern = field.constraints().pattern();
        String value = switch (format) {
            case "date" -> date(field);
            case "date-time" -> ModuleExamples.EXAMPLES_DAY + "T09:30:00+01:00";
            case "email", "pec" -> "nome.cognome@example.org";
            case "uri" -> "https://www.example.org/";
            case "telefono" -> "011 4325303";
            case "" -> pattern == null ? plain(field) : matching(pattern, field);
            default -> null;
        };
        return value == null ? null : JSON.textNode(value);
    }

    /** A value a pattern may well accept, tried against it; {@code null} when none is. */
    private static String matching(String pattern, Field field) {
        Pattern compiled = Pattern.compile(pattern);
        Integer min = field.constraints().minLength();
        Integer max = field.constraints().maxLength();
        return PATTERN_CANDIDATES.stream()
                .filter(candidate -> compiled.matcher(candidate).find())
                .filter(candidate -> (min == null || candidate.length() >= min) && (max == null || candidate.length() <= max))
                .findFirst().orElse(null);
    }

    private static String date(Field field) {
        String min = field.constraints().minDate();
        String max = field.constraints().maxDate();
        if (min != null && !min.equals("today")) {
            return min;
        }
        return max != null && !max.equals("today") ? max : ModuleExamples.EXAMPLES_DAY;
    }

    private static String plain(Field field) {
        StringBuilder text = new StringBuilder("Esempio");
        Integer min = field.constraints().minLength();
        while (min != null && text.length() < min) {
            text.append('o');
        }
        Integer max = field.constraints().maxLength();
        return max != null && text.length() > max ? text.substring(0, max) : text.toString();
    }
}
