package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks form.io's component tree into the module's objects: layout components (panel, fieldset,
 * well, columns, table, tabs) are flattened in order, a container becomes a section, a data grid or
 * edit grid a repeatable group, an address a section of address fields; the other components go to
 * {@link FieldTranslator}. Every field is registered for the conditions, resolved at the end.
 */
final class ComponentWalker {

    private static final Set<String> LAYOUT = Set.of("panel", "fieldset", "well", "columns", "table", "tabs");
    private static final Set<String> NOT_INPUT = Set.of("htmlelement", "content", "button");
    private static final List<String[]> ADDRESS_FIELDS = List.of(
            new String[] {"address1", "Indirizzo"}, new String[] {"address2", "Indirizzo (seguito)"},
            new String[] {"city", "Comune"}, new String[] {"state", "Provincia"}, new String[] {"zip", "CAP"},
            new String[] {"country", "Stato"});

    private final ImportNotes notes;
    private final FieldRegistry registry = new FieldRegistry();
    private final FieldTranslator fields;
    private final List<Conditions.Pending> pending = new ArrayList<>();
    private final ValidationRules rules = new ValidationRules();
    private int unnamed;

    ComponentWalker(ImportNotes notes) {
        this.notes = notes;
        this.fields = new FieldTranslator(notes);
    }

    /** Writes the conditions of every node placed so far, and the rules of their {@code validate.json}. */
    void resolveConditions(ObjectNode root) {
        Conditions conditions = new Conditions(registry, notes);
        pending.forEach(conditions::apply);
        rules.apply(root, conditions, notes);
    }

    /** A node placed directly (a step or a section from a panel) that carries the panel's own condition. */
    void conditionOf(JsonNode component, ObjectNode node, String pointer, Scope around) {
        List<Conditions.Conditional> conditions = around.conditionsOf(component);
        if (!conditions.isEmpty()) {
            pending.add(new Conditions.Pending(component, node, pointer, conditions));
        }
    }

    void components(JsonNode components, Scope scope) {
        components.forEach(component -> component(component, scope));
    }

    void component(JsonNode c, Scope scope) {
        String type = c.path("type").asText("");
        scripts(c);
        if (LAYOUT.contains(type) && FormioJson.isTrue(c.path("hidden"))) {
            notes.notCarried(c, "Contenitore nascosto (hidden): i campi che contiene non sono riportati.");
            return;
        }
        if (LAYOUT.contains(type)) {
            layout(c, scope.within(c));
            return;
        }
        if (type.equals("button")) {
            notes.notCarried(c, "Pulsante: la piattaforma ha i suoi (salva, avanti, invia).");
            return;
        }
        String key = key(c);
        if (type.equals("hidden") || type.equals("password") || FormioJson.isTrue(c.path("hidden"))
                || !NOT_INPUT.contains(type) && c.has("persistent") && !FormioJson.isTrue(c.path("persistent"))) {
            leaveOut(c, type, scope.formio() + key);
            return;
        }
        switch (type) {
            case "container" -> section(c, key, scope, scope.formio() + key + ".", null);
            case "address" -> address(c, key, scope);
            case "datagrid", "editgrid" -> group(c, key, scope);
            default -> value(c, key, scope);
        }
    }

    private void layout(JsonNode c, Scope scope) {
        if (c.path("type").asText().equals("tabs")) {
            c.path("components").forEach(tab -> components(tab.path("components"), scope));
        } else {
            components(c.path("components"), scope);
        }
        c.path("columns").forEach(column -> components(column.path("components"), scope));
        c.path("rows").forEach(row -> row.forEach(cell -> components(cell.path("components"), scope)));
    }

    private void leaveOut(JsonNode c, String type, String formioPath) {
        registry.leftOut(formioPath);
        if (type.equals("password")) {
            notes.notCarried(c, "Le password non si raccolgono in un modulo: il campo non è riportato.");
        } else if (type.equals("hidden")) {
            notes.notCarried(c, "Campo nascosto: non riportato (la piattaforma non conserva dati che il compilatore non vede)"
                    + defaultText(c) + ".");
        } else if (FormioJson.isTrue(c.path("hidden"))) {
            notes.notCarried(c, "Componente nascosto (hidden): non riportato" + defaultText(c) + ".");
        } else {
            notes.notCarried(c, "Il valore non si salva (persistent: false): non riportato.");
        }
    }

    private void value(JsonNode c, String key, Scope scope) {
        Optional<FieldTranslator.Translated> translated = fields.translate(c);
        if (translated.isEmpty()) {
            if (!Set.of("htmlelement", "content", "selectboxes").contains(c.path("type").asText())) {
                notes.notCarried(c, "Il tipo di componente \"" + c.path("type").asText("") + "\" non ha un equivalente: "
                        + "non riportato.");
            }
            return;
        }
        FieldTranslator.Translated field = translated.get();
        notesOnValue(c);
        String name = scope.add(c, key, field.node(), field.required(), notes);
        String pointer = scope.pointer() + "/" + DefinitionJson.pointerToken(name);
        if (!"info".equals(field.node().path("x-widget").asText())) {
            registry.add(new FieldRegistry.Placed(scope.formio() + key, pointer, field.shape()));
            notes.dataPath(scope.formio() + key, pointer, field.dataNote());
            if (ValidationRules.declares(c)) {
                rules.add(c, pointer, scope.rowPrefix());
            }
        }
        place(c, field.node(), pointer, scope);
    }

    /** A container (or an address): an object in both, a section here. */
    private Scope section(JsonNode c, String key, Scope scope, String formioPrefix, String title) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "object");
        fields.texts(c, node);
        if (title != null && !node.has("title")) {
            node.put("title", title);
        }
        node.remove("x-placeholder");
        boolean required = FormioJson.isTrue(c.path("validate").path("required"));
        String name = scope.add(c, key, node, required, notes);
        String pointer = scope.pointer() + "/" + DefinitionJson.pointerToken(name);
        place(c, node, pointer, scope);
        Scope inside = new Scope(node, pointer, formioPrefix, scope.rowPrefix(), List.of());
        if (c.path("type").asText().equals("container")) {
            components(c.path("components"), inside);
        }
        return inside;
    }

    private void address(JsonNode c, String key, Scope scope) {
        Scope inside = section(c, key, scope, scope.formio() + key + ".address.", null);
        boolean required = FormioJson.isTrue(c.path("validate").path("required"));
        if (c.path("components").isArray() && !c.path("components").isEmpty()) {
            components(c.path("components"), inside);
        } else {
            for (String[] field : ADDRESS_FIELDS) {
                ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "string").put("title", field[1])
                        .put("maxLength", 200);
                boolean mandatory = required && Set.of("address1", "city", "zip").contains(field[0]);
                String name = inside.add(c, field[0], node, mandatory, notes);
                String pointer = inside.pointer() + "/" + name;
                registry.add(new FieldRegistry.Placed(inside.formio() + field[0], pointer, Shape.STRING));
                notes.dataPath(inside.formio() + field[0], pointer, "");
            }
        }
        String provider = FormioJson.text(c, "provider");
        notes.changed(c, "L'indirizzo diventa una sezione di campi da compilare"
                + (provider.isEmpty() ? "" : "; la ricerca con il fornitore \"" + provider + "\" non è riportata")
                + ". Nei dati form.io lo salva come {\"mode\", \"address\": {...}}: qui i campi dell'indirizzo.");
    }

    private void group(JsonNode c, String key, Scope scope) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "array");
        fields.texts(c, node);
        node.remove("x-placeholder");
        JsonNode validate = c.path("validate");
        boolean required = FormioJson.isTrue(validate.path("required"));
        Integer min = first(validate.path("minItems"), validate.path("minLength"));
        Integer max = first(validate.path("maxItems"), validate.path("maxLength"));
        if (min != null && min > 0 || required) {
            node.put("minItems", Math.max(min == null ? 0 : min, required ? 1 : 0));
        }
        if (max != null && max > 0) {
            node.put("maxItems", max);
        }
        node.put("x-add-label", label(c.path("addAnother"), Set.of("Add Another", "Add Row"), "Aggiungi"));
        node.put("x-remove-label", label(c.path("removeRow"), Set.of("Cancel", "Remove", "Delete"), "Rimuovi"));
        node.put("x-item-title", HtmlText.label(c.path("rowTitle").asText(c.path("label").asText(""))).isEmpty()
                ? "Riga" : HtmlText.label(c.path("rowTitle").asText(c.path("label").asText(""))));
        ObjectNode items = node.putObject("items").put("type", "object");
        String name = scope.add(c, key, node, required, notes);
        String pointer = scope.pointer() + "/" + DefinitionJson.pointerToken(name);
        place(c, node, pointer, scope);
        String rows = scope.formio() + key + "[].";
        components(c.path("components"), new Scope(items, pointer + "/*", rows, rows, List.of()));
        if (!items.has("properties")) {
            items.putObject("properties");
        }
    }

    private void place(JsonNode c, ObjectNode node, String pointer, Scope scope) {
        List<Conditions.Conditional> conditions = scope.conditionsOf(c);
        if (!conditions.isEmpty()) {
            pending.add(new Conditions.Pending(c, node, pointer, conditions));
        }
    }

    /** JavaScript of a component: never run, listed for the author. */
    private void scripts(JsonNode c) {
        script(c, c.path("customConditional"), "La condizione di visibilità in JavaScript (customConditional)");
        script(c, c.path("calculateValue"), "Il valore calcolato in JavaScript (calculateValue)");
        script(c, c.path("customDefaultValue"), "Il valore predefinito in JavaScript (customDefaultValue)");
        script(c, c.path("validate").path("custom"), "La convalida in JavaScript (validate.custom)");
        if (c.path("logic").isArray() && !c.path("logic").isEmpty()) {
            notes.script(c, "La logica del componente (logic: " + c.path("logic").size() + " regole con azioni) non è "
                    + "eseguita: riscriverla come condizioni JSONLogic. form.io: " + c.path("logic"));
        }
    }

    private void script(JsonNode c, JsonNode code, String what) {
        if (code.isTextual() && !code.asText().isBlank() || code.isObject() && !code.isEmpty()) {
            notes.script(c, what + ": JavaScript mai eseguito, da riscrivere in JSONLogic. Codice: "
                    + (code.isTextual() ? code.asText().strip() : code.toString()));
        }
    }

    private void notesOnValue(JsonNode c) {
        String message = FormioJson.text(c.path("validate"), "customMessage");
        if (!message.isEmpty() && !ValidationRules.declares(c)) {
            notes.changed(c, "Il messaggio d'errore personalizzato \"" + message + "\" non è riportato: la piattaforma "
                    + "usa i suoi messaggi (per aiutare il compilatore, metterlo nella descrizione).");
        }
        if (c.path("errors").isObject() && !c.path("errors").isEmpty()) {
            notes.changed(c, "I messaggi d'errore personalizzati (errors) non sono riportati: " + c.path("errors"));
        }
        if (!defaultText(c).isEmpty()) {
            notes.changed(c, "Il valore predefinito non precompila il campo" + defaultText(c)
                    + ": la piattaforma precompila solo dal profilo (x-module.prefill).");
        }
        if (FormioJson.isTrue(c.path("disabled"))) {
            notes.changed(c, "Il campo era in sola lettura (disabled): qui il compilatore può scriverlo.");
        }
        if (FormioJson.isTrue(c.path("unique"))) {
            notes.notCarried(c, "L'unicità del valore fra le istanze (unique) non è controllata.");
        }
    }

    private static String defaultText(JsonNode c) {
        JsonNode value = c.path("defaultValue");
        boolean empty = value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isContainerNode() && value.isEmpty() || value.isBoolean() && !value.booleanValue()
                || value.isObject() && containsOnlyFalse(value);
        return empty ? "" : " (valore predefinito: " + (value.isTextual() ? value.asText() : value.toString()) + ")";
    }

    private static boolean containsOnlyFalse(JsonNode object) {
        for (JsonNode value : object) {
            if (!value.isBoolean() || value.booleanValue()) {
                return false;
            }
        }
        return true;
    }

    private String key(JsonNode c) {
        String key = FormioJson.text(c, "key");
        return key.isEmpty() ? c.path("type").asText("campo") + (++unnamed) : key;
    }

    private static Integer first(JsonNode preferred, JsonNode other) {
        Integer value = FormioJson.count(preferred);
        return value != null ? value : FormioJson.count(other);
    }

    private static String label(JsonNode value, Set<String> englishDefaults, String italian) {
        String text = HtmlText.label(value.asText(""));
        return text.isEmpty() || englishDefaults.contains(text) ? italian : text;
    }
}
