package it.modulistica.renderer.view;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.VisibilityCondition;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * JSON pointers of the data as seen from inside repeatable groups: {@code rows} holds the row index
 * of each group level being walked, and replaces the {@code *} of definition paths.
 */
public final class DataPointers {

    private DataPointers() {
    }

    /** Replaces each {@code *} of a pointer with the row index of the same nesting level. */
    public static String concrete(String pointer, int[] rows) {
        if (pointer.indexOf('*') < 0) {
            return pointer;
        }
        String[] tokens = pointer.split("/", -1);
        StringBuilder out = new StringBuilder();
        int row = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append("*".equals(tokens[i]) && row < rows.length ? String.valueOf(rows[row++]) : tokens[i]);
        }
        return out.toString();
    }

    /** Whether the field's {@code x-visible-when} holds for the data, in the given rows. */
    public static boolean isVisible(Field field, JsonNode root, int[] rows) {
        VisibilityCondition condition = field.visibleWhen();
        return condition == null || condition.holds(root, rows, LocalDate.now(OpeningWindow.ZONE));
    }

    public static int[] append(int[] rows, int row) {
        int[] longer = Arrays.copyOf(rows, rows.length + 1);
        longer[rows.length] = row;
        return longer;
    }
}
