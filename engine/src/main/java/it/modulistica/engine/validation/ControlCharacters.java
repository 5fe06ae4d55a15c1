package it.modulistica.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refuses control characters other than tab, line feed and carriage return in every text of the
 * data, keys included: a NUL cannot be stored in PostgreSQL's {@code jsonb} and no field of a form
 * has a use for the others. One violation {@code controlCharacter} per text, at its pointer, with
 * the code point of the first such character ({@code U+0000}).
 *
 * <p>A self-contained step of the validation pipeline: it reads the data as received, before any
 * normalisation (trimming would silently drop a control character at either end).
 */
public final class ControlCharacters {

    public static final String CODE = "controlCharacter";

    private ControlCharacters() {
    }

    /** Adds a violation to {@code violations} for every text in {@code data} holding a control character. */
    public static void check(JsonNode data, List<Violation> violations) {
        check(data, "", violations);
    }

    /** The first control character of {@code text} that is refused, or -1 when there is none. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c)) {
                return c;
            }
        }
        return -1;
    }

    /** A violation at {@code pointer} when {@code text} holds a refused control character. */
    public static List<Violation> check(String pointer, String text) {
        int refused = text == null ? -1 : firstRefused(text);
        return refused < 0 ? List.of() : List.of(violation(pointer, refused));
    }

    private static void check(JsonNode node, String pointer, List<Violation> violations) {
        if (node.isTextual()) {
            violations.addAll(check(pointer, node.textValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), pointer + "/" + i, violations);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                int inKey = firstRefused(field.getKey());
                if (inKey >= 0) {
                    violations.add(violation(printable(child), inKey));
                } else {
                    check(field.getValue(), child, violations);
                }
            }
        }
    }

    private static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    private static Violation violation(String pointer, int character) {
        return new Violation(pointer, CODE, Map.of("character", String.format("U+%04X", character)));
    }

    /** A pointer through a key that holds control characters, with them written as code points. */
    private static String printable(String pointer) {
        StringBuilder out = new StringBuilder();
        pointer.chars().forEach(c -> out.append(refused((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
