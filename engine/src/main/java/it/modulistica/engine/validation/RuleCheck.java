package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.Rule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks the rules across fields ({@code x-rules}) on data whose hidden values are already gone:
 * a false assertion is a {@code rule} violation at the rule's pointer with the author's message
 * (argument {@code message}, a {@link it.modulistica.engine.definition.LocalizedText}). A pointer
 * with {@code *} is checked once for every row, with the row as the current one.
 */
final class RuleCheck {

    private RuleCheck() {
    }

    static void check(FormDefinition definition, JsonNode root, ValidationLevel level, LocalDate today,
            List<Violation> violations) {
        for (Rule rule : definition.rules()) {
            if (level == ValidationLevel.COMPLETE || rule.draft()) {
                String[] tokens = rule.pointer().split("/", -1);
                eachRow(rule, root, tokens, 1, root, new int[0], today, violations);
            }
        }
    }

    /** Walks the pointer's tokens, branching at each {@code *} into every row present. */
    private static void eachRow(Rule rule, JsonNode root, String[] tokens, int index, JsonNode node, int[] rows,
            LocalDate today, List<Violation> violations) {
        for (int i = index; i < tokens.length; i++) {
            if (tokens[i].equals("*")) {
                for (int row = 0; node != null && node.isArray() && row < node.size(); row++) {
                    int[] deeper = Arrays.copyOf(rows, rows.length + 1);
                    deeper[rows.length] = row;
                    eachRow(rule, root, tokens, i + 1, node.get(row), deeper, today, violations);
                }
                return;
            }
            node = node == null ? null : node.get(tokens[i].replace("~1", "/").replace("~0", "~"));
        }
        if (!rule.assertion().holds(root, rows, today)) {
            violations.add(new Violation(DataWalker.concrete(rule.pointer(), rows), "rule",
                    Map.of("message", rule.message())));
        }
    }
}
