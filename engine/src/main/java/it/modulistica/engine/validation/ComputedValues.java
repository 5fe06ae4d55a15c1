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
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import it.modulistica.engine.logic.Logic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    static void write(FormDefinition definition, ObjectNode root, LocalDate today) {
        for (Field field : inDependencyOrder(definition)) {
            if (field.computed().logic() != null) {
                writeLogic(field, root, today);
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

    /** Computed fields, each after the computed fields it reads (the parser refuses cycles). */
    private static List<Field> inDependencyOrder(FormDefinition definition) {
        Set<Field> ordered = new LinkedHashSet<>();
        definition.allFields().stream().filter(Field::isComputed).forEach(field -> addAfterDependencies(field, definition, ordered));
        return new ArrayList<>(ordered);
    }

    private static void addAfterDependencies(Field field, FormDefinition definition, Set<Field> ordered) {
        if (ordered.contains(field)) {
            return;
        }
        for (String dependency : field.computed().dependencies()) {
            definition.field(dependency).filter(Field::isComputed).filter(other -> other != field)
                    .ifPresent(other -> addAfterDependencies(other, definition, ordered));
        }
        ordered.add(field);
    }

    /**
     * The value of a {@code logic} expression, as the field's type: a number that is not finite,
     * or a null, leaves the field empty; a string field takes the text of the value, a boolean
     * field its truthiness.
     */
    private static void writeLogic(Field field, ObjectNode root, LocalDate today) {
        JsonNode value = field.computed().logic().evaluate(root, new int[0], today);
        JsonNode written = switch (field.type()) {
            case NUMBER, INTEGER -> value.isNumber() && Double.isFinite(value.doubleValue())
                    ? number(field, value.decimalValue()) : null;
            case STRING -> value.isNull() || value.isContainerNode() ? null
                    : TextNode.valueOf(value.isNumber() ? plain(value.decimalValue()) : value.asText());
            case BOOLEAN -> BooleanNode.valueOf(Logic.truthy(value));
            default -> null;
        };
        ObjectNode parent = parent(root, field.path(), false);
        if (parent == null) {
            return;
        }
        if (written == null) {
            parent.remove(field.name());
        } else {
            parent.set(field.name(), written);
        }
    }

    private static JsonNode number(Field field, BigDecimal value) {
        if (field.type() == ValueType.INTEGER) {
            return BigIntegerNode.valueOf(value.setScale(0, RoundingMode.DOWN).toBigInteger());
        }
        BigDecimal step = field.constraints().multipleOf();
        if (step != null && step.stripTrailingZeros().scale() > 0) {
            value = value.setScale(step.stripTrailingZeros().scale(), RoundingMode.HALF_UP);
        }
        return DecimalNode.valueOf(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
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
