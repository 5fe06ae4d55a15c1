package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataPaths;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the value of every {@code x-computed} field into the data, replacing whatever the client
 * sent: the sum of the terms it names, a {@code *} adding up every row. Non-numeric term values
 * count as nothing (their own field reports them). A sum of nothing written into a part of the
 * data that does not exist yet is not written, so an untouched step stays empty. Property names
 * of the format need no pointer escaping.
 */
final class ComputedValues {

    private ComputedValues() {
    }

    static void write(FormDefinition definition, ObjectNode root) {
        for (Field field : definition.allFields()) {
            if (!field.isComputed()) {
                continue;
            }
            List<BigDecimal> terms = new ArrayList<>();
            for (String term : field.computed().sum()) {
                DataPaths.forEachValue(root, term, (pointer, value) -> {
                    if (value.isNumber()) {
                        terms.add(value.decimalValue());
                    }
                });
            }
            BigDecimal sum = terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal step = field.constraints().multipleOf();
            if (step != null && step.stripTrailingZeros().scale() > 0) {
                // A sum of amounts keeps their decimals; wrong terms are reported at the terms, not here.
                sum = sum.setScale(step.stripTrailingZeros().scale(), RoundingMode.HALF_UP);
            }
            ObjectNode parent = parent(root, field.path(), !terms.isEmpty());
            if (parent == null) {
                continue;
            }
            String name = field.name();
            if (field.type() == ValueType.INTEGER) {
                parent.put(name, sum.toBigInteger());
            } else {
                parent.set(name, DecimalNode.valueOf(sum));
            }
        }
    }

    private static ObjectNode parent(ObjectNode root, String path, boolean create) {
        String[] tokens = path.substring(1).split("/", -1);
        ObjectNode node = root;
        for (int i = 0; i < tokens.length - 1; i++) {
            JsonNode child = node.get(tokens[i]);
            if (child == null && create) {
                child = node.putObject(tokens[i]);
            }
            if (!(child instanceof ObjectNode object)) {
                return null;
            }
            node = object;
        }
        return node;
    }
}
