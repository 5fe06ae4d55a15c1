package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Validates data against a form definition on the server, at draft or complete level, and returns
 * the data as it is to be stored together with every violation, in the order of the fields.
 *
 * <p>The order of work: unknown keys are reported and dropped, values normalised (see
 * {@link ValidationResult}), values of hidden fields removed; then the JSON Schema keywords are
 * checked by everit-json-schema, and at complete level required fields, data-source options and
 * date bounds by the field tree. Computed fields ({@code x-computed}) are written by the server
 * before any check, at both levels. Thread-safe; the compiled schema of each definition version is kept.
 */
public final class FormValidator {

    private final Supplier<DataSources> dataSources;
    private final Clock clock;
    private final Map<String, SchemaCheck> compiled = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> fieldOrders = new ConcurrentHashMap<>();

    /** A validator whose {@code x-minDate: "today"} is the system's today in Europe/Rome. */
    public FormValidator(Supplier<DataSources> dataSources) {
        this(dataSources, Clock.systemUTC());
    }

    /** @param clock gives "today" (in Europe/Rome) to {@code x-minDate} and {@code x-maxDate} */
    public FormValidator(Supplier<DataSources> dataSources, Clock clock) {
        this.dataSources = dataSources;
        this.clock = clock;
    }

    public ValidationResult validate(FormDefinition definition, JsonNode data, ValidationLevel level) {
        List<Violation> violations = new ArrayList<>();
        if (data == null || !data.isObject()) {
            violations.add(new Violation("", "type", Map.of("expected", "object")));
            return new ValidationResult(JsonNodeFactory.instance.objectNode(), violations);
        }
        ObjectNode copy = ((ObjectNode) data).deepCopy();
        LocalDate today = LocalDate.ofInstant(clock.instant(), OpeningWindow.ZONE);
        DataWalker walker = new DataWalker(definition, dataSources.get(), copy, violations, today);
        walker.normalise();
        walker.checkFileReferences();
        compiled.computeIfAbsent(definition.sha256() + level, key -> SchemaCheck.compile(definition, level))
                .check(copy, violations);
        if (level == ValidationLevel.COMPLETE) {
            walker.checkRequired();
            walker.checkOptions();
            walker.checkDates();
        }
        RuleCheck.check(definition, copy, level, today, violations);
        violations.sort(inFieldOrder(definition));
        return new ValidationResult(copy, violations);
    }

    /** Violations sorted as the fields appear in the wizard, rows of a group in their order. */
    private Comparator<Violation> inFieldOrder(FormDefinition definition) {
        Map<String, Integer> order = fieldOrders.computeIfAbsent(definition.sha256(), key -> {
            Map<String, Integer> positions = new HashMap<>();
            List<Field> fields = definition.allFields();
            for (int i = 0; i < fields.size(); i++) {
                positions.put(fields.get(i).path(), i);
            }
            return Map.copyOf(positions);
        });
        return (a, b) -> {
            int[] left = sortKey(a.pointer(), order);
            int[] right = sortKey(b.pointer(), order);
            int compared = Arrays.compare(left, right);
            return compared != 0 ? compared : a.pointer().compareTo(b.pointer());
        };
    }

    /** Per pointer token: the position of the field it names, or the row number. */
    private static int[] sortKey(String pointer, Map<String, Integer> order) {
        String[] tokens = pointer.split("/");
        int[] key = new int[Math.max(0, tokens.length - 1)];
        StringBuilder template = new StringBuilder();
        for (int i = 1; i < tokens.length; i++) {
            boolean row = !tokens[i].isEmpty() && tokens[i].chars().allMatch(Character::isDigit);
            template.append('/').append(row ? "*" : tokens[i]);
            key[i - 1] = row ? Integer.parseInt(tokens[i]) : order.getOrDefault(template.toString(), Integer.MAX_VALUE);
        }
        return key;
    }
}
