package it.modulistica.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading the nodes of a workflow file strictly: every key must be known, every value of the
 * expected JSON type; what is wrong becomes a problem at its pointer and the reading goes on.
 */
final class WorkflowNodes {

    static final String I18N = "x-i18n";
    static final String ENGLISH = "en";

    private WorkflowNodes() {
    }

    /** Reports the keys of {@code node} not in {@code allowed} and the {@code required} ones missing. */
    static void keys(JsonNode node, String pointer, List<String> allowed, List<String> required, Problems problems) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(pointer + "/" + escape(name), "Chiave sconosciuta \"" + name + "\": sono ammesse "
                        + String.join(", ", allowed));
            }
        }
        for (String name : required) {
            if (!node.has(name)) {
                problems.add(pointer + "/" + escape(name), "Manca la chiave obbligatoria \"" + name + "\"");
            }
        }
    }

    /** Whether {@code node} is an object; if not, says so at {@code pointer}. */
    static boolean object(JsonNode node, String pointer, String what, Problems problems) {
        if (!node.isObject()) {
            problems.add(pointer, what + " deve essere un oggetto JSON");
            return false;
        }
        return true;
    }

    /** The non-empty text of {@code key}; {@code ""} when absent (reported by {@link #keys}) or wrong. */
    static String text(JsonNode node, String key, String pointer, Problems problems) {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return "";
        }
        if (!value.isTextual()) {
            problems.add(pointer + "/" + key, "\"" + key + "\" deve essere un testo");
            return "";
        }
        if (value.asText().isBlank()) {
            problems.add(pointer + "/" + key, "\"" + key + "\" non può essere vuoto");
            return "";
        }
        return value.asText();
    }

    /** The boolean of an optional {@code key}, false when absent. */
    static boolean flag(JsonNode node, String key, String pointer, Problems problems) {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(pointer + "/" + key, "\"" + key + "\" deve essere true o false");
            return false;
        }
        return value.booleanValue();
    }

    /**
     * The entries of the array {@code key}, in file order, one per element: {@code null} for an
     * element that is not a text (reported). Empty when absent.
     */
    static List<String> strings(JsonNode node, String key, String pointer, Problems problems) {
        JsonNode array = node.path(key);
        List<String> values = new ArrayList<>();
        if (array.isMissingNode()) {
            return values;
        }
        if (!array.isArray()) {
            problems.add(pointer + "/" + key, "\"" + key + "\" deve essere un elenco");
            return values;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isTextual()) {
                values.add(element.asText());
            } else {
                problems.add(pointer + "/" + key + "/" + i, "Ogni elemento di \"" + key + "\" deve essere un testo");
                values.add(null);
            }
        }
        return values;
    }

    /**
     * The values named in the array {@code key}, in file order, each once; unknown names and
     * repetitions are reported.
     *
     * @param unknown the start of the message for an unknown name ("Attore sconosciuto")
     * @param known   the names allowed, listed in the message
     */
    static <T> List<T> named(JsonNode node, String key, String pointer, Function<String, Optional<T>> lookup,
            String unknown, List<String> known, Problems problems) {
        List<String> names = strings(node, key, pointer, problems);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                continue;
            }
            Optional<T> value = lookup.apply(name);
            String at = pointer + "/" + key + "/" + i;
            if (value.isEmpty()) {
                problems.add(at, unknown + " \"" + name + "\": sono ammessi " + String.join(", ", known));
            } else if (values.contains(value.get())) {
                problems.add(at, "\"" + name + "\" è ripetuto in \"" + key + "\"");
            } else {
                values.add(value.get());
            }
        }
        return values;
    }

    /** The Italian text of {@code key} with its English translation from {@code x-i18n}. */
    static Label label(JsonNode node, String key, String pointer, Problems problems) {
        String italian = text(node, key, pointer, problems);
        JsonNode english = node.path(I18N).path(ENGLISH).path(key);
        return new Label(italian, english.isTextual() ? english.asText() : "");
    }

    /**
     * Checks {@code x-i18n}: only English, only the keys of {@code translatable} present in the
     * node itself, texts only.
     */
    static void translations(JsonNode node, String pointer, List<String> translatable, Problems problems) {
        if (!node.has(I18N)) {
            return;
        }
        String at = pointer + "/" + I18N;
        if (!object(node.path(I18N), at, "\"" + I18N + "\"", problems)) {
            return;
        }
        keys(node.path(I18N), at, List.of(ENGLISH), List.of(), problems);
        JsonNode english = node.path(I18N).path(ENGLISH);
        if (english.isMissingNode() || !object(english, at + "/" + ENGLISH, "La traduzione inglese", problems)) {
            return;
        }
        keys(english, at + "/" + ENGLISH, translatable, List.of(), problems);
        english.fieldNames().forEachRemaining(key -> {
            if (!translatable.contains(key)) {
                return;
            }
            String keyPointer = at + "/" + ENGLISH + "/" + escape(key);
            if (!english.path(key).isTextual() || english.path(key).asText().isBlank()) {
                problems.add(keyPointer, "La traduzione di \"" + key + "\" deve essere un testo non vuoto");
            } else if (!node.has(key)) {
                problems.add(keyPointer, "C'è la traduzione di \"" + key + "\" ma non il testo italiano");
            }
        });
    }

    /** Escapes a key for use in a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
