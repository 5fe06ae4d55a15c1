package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An object of the module being filled with fields: a step, a section or the rows of a repeatable
 * group, with form.io's data path to it and the conditions of the layout components around.
 *
 * @param node      the object node ({@code properties} and {@code required} go in it)
 * @param pointer   its data pointer ({@code /dati}, {@code /dati/figli/*})
 * @param formio    form.io's data path prefix of its children ({@code ""}, {@code contatti.}, {@code figli[].})
 * @param rowPrefix form.io's path of the innermost row, or {@code null} outside grids
 * @param inherited the conditions of flattened layout components around
 */
record Scope(ObjectNode node, String pointer, String formio, String rowPrefix, List<Conditions.Conditional> inherited) {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");

    Scope {
        inherited = List.copyOf(inherited);
    }

    /** The same object, inside one more layout component whose condition (if any) applies to what it holds. */
    Scope within(JsonNode layout) {
        if (!Conditions.declares(layout)) {
            return this;
        }
        List<Conditions.Conditional> conditions = new ArrayList<>(inherited);
        conditions.add(new Conditions.Conditional(layout, rowPrefix));
        return new Scope(node, pointer, formio, rowPrefix, conditions);
    }

    /** The conditions of a node placed here: those inherited and the component's own. */
    List<Conditions.Conditional> conditionsOf(JsonNode component) {
        List<Conditions.Conditional> conditions = new ArrayList<>(inherited);
        if (Conditions.declares(component)) {
            conditions.add(new Conditions.Conditional(component, rowPrefix));
        }
        return conditions;
    }

    /**
     * Adds a property under a name valid in the format and free in this object: form.io's key when
     * it is both, else a changed one (noted).
     */
    String add(JsonNode component, String key, ObjectNode property, boolean required, ImportNotes notes) {
        ObjectNode properties = node.has("properties") ? (ObjectNode) node.get("properties") : node.putObject("properties");
        String name = NAME.matcher(key).matches() ? key : valid(key);
        if (!name.equals(key)) {
            notes.changed(component, "La chiave \"" + key + "\" non è un nome valido (lettere, cifre e _, iniziale "
                    + "una lettera): diventa \"" + name + "\".");
        }
        String free = name;
        for (int n = 2; properties.has(free); n++) {
            free = name + n;
        }
        if (!free.equals(name)) {
            notes.changed(component, "La chiave \"" + name + "\" è già usata in " + (pointer.isEmpty() ? "/" : pointer)
                    + ": diventa \"" + free + "\".");
        }
        properties.set(free, property);
        if (required) {
            ArrayNode list = node.has("required") ? (ArrayNode) node.get("required") : node.putArray("required");
            list.add(free);
        }
        return free;
    }

    private static String valid(String key) {
        String cleaned = key.replaceAll("[^A-Za-z0-9_]", "_");
        return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "campo" + cleaned : cleaned;
    }
}
