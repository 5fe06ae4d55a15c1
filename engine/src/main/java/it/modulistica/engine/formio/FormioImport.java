package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Translates a form.io form (or a MOON export wrapping one) into a module of this platform's format,
 * version 1.0.0: the pages of a wizard become steps; a plain form becomes one step whose top-level
 * panels are sections. Keys keep their names, so form.io's data maps one to one (see
 * {@link ImportResult#dataPaths()}). No JavaScript of the form is ever run: it is listed for the
 * author. The result is checked with the engine's own {@link DefinitionParser}; a condition it
 * refuses is left out and noted, any other problem is reported in {@link ImportResult#problems()};
 * a module that reads well comes with first examples, checked with the engine's validator.
 */
public final class FormioImport {

    /** The step of a plain form. */
    static final String SINGLE_STEP = "dati";

    private static final Set<String> SECTION_PANELS = Set.of("panel", "fieldset", "well");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormioImport() {
    }

    /**
     * @throws NotAFormioForm when the input is neither a form.io form nor a MOON export of one
     */
    public static ImportResult translate(JsonNode input, ImportSettings settings) throws NotAFormioForm {
        FormioForm form = FormioForm.read(input);
        ImportNotes notes = new ImportNotes();
        ComponentWalker walker = new ComponentWalker(notes);
        String title = form.title().isEmpty() ? settings.code() : form.title();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DefinitionParser.DRAFT_07);
        root.put("title", title);
        if (!form.description().isEmpty()) {
            root.put("description", form.description());
        }
        root.put("type", "object");
        root.putObject("x-module")
                .put("code", settings.code())
                .put("version", "1.0.0")
                .put("category", settings.category())
                .put("workflow", settings.workflow())
                .put("numbering", numbering(settings.code()));
        Scope top = new Scope(root, "", "", null, List.of());
        int pages = form.wizard() ? wizard(form.form(), top, walker, notes) : plain(form.form(), title, top, walker, notes);
        walker.resolveConditions(root);
        if (!root.has("properties")) {
            root.putObject("properties");
        }
        requireObjectsHoldingRequiredFields(root);
        DefinitionParser.Result checked = SelfCheck.run(root, settings.code(), notes);
        Optional<ExampleData.Examples> examples = checked.definition().map(ExampleData::of);
        return new ImportResult(root, form.wizard(), pages, form.wrapper(), notes.notes(), notes.dataPaths(),
                checked.problems(), examples.map(ExampleData.Examples::valid), examples.map(ExampleData.Examples::invalid));
    }

    /**
     * form.io requires a field wherever it sits; here a step or section left out entirely would
     * hide the required fields in it, so such objects are required in their parent too. Rows are
     * different: a grid is required only through its minimum of rows.
     *
     * @return whether the object holds a required field or a list with a minimum, outside rows
     */
    private static boolean requireObjectsHoldingRequiredFields(ObjectNode object) {
        boolean holds = object.has("required") && !object.get("required").isEmpty();
        var properties = object.path("properties").fields();
        while (properties.hasNext()) {
            var property = properties.next();
            JsonNode child = property.getValue();
            if (child.path("type").asText().equals("object") && requireObjectsHoldingRequiredFields((ObjectNode) child)) {
                ArrayNode required = object.has("required") ? (ArrayNode) object.get("required") : object.putArray("required");
                if (!contains(required, property.getKey())) {
                    required.add(property.getKey());
                }
                holds = true;
            } else if (child.path("type").asText().equals("array")) {
                // A list with a minimum (choices, files, rows) is required through it.
                holds |= child.path("minItems").asInt(0) > 0;
                if (child.path("items").path("type").asText().equals("object")) {
                    requireObjectsHoldingRequiredFields((ObjectNode) child.get("items"));
                }
            }
        }
        return holds;
    }

    /** An instance number such as {@code PROVA-IMPORT_2026.000001}. */
    private static String numbering(String code) {
        return code.toUpperCase(java.util.Locale.ROOT) + "_{year}.{seq:6}";
    }

    private static int wizard(JsonNode form, Scope top, ComponentWalker walker, ImportNotes notes) {
        List<JsonNode> loose = new ArrayList<>();
        int pages = 0;
        for (JsonNode component : form.path("components")) {
            if (component.path("type").asText().equals("panel")) {
                pages++;
                String title = firstText(component, "title", "label");
                Scope step = step(component, component.path("key").asText("pagina" + pages),
                        title.isEmpty() ? "Passo " + pages : title, top, walker, notes);
                walker.components(component.path("components"), step);
                dropIfEmpty(component, step, top, notes);
            } else if (component.path("type").asText().equals("button")) {
                notes.notCarried(component, "Pulsante: la piattaforma ha i suoi (salva, avanti, invia).");
            } else {
                loose.add(component);
            }
        }
        if (!loose.isEmpty()) {
            notes.form(ImportNote.Kind.CHANGED, "Componenti fuori dalle pagine della procedura guidata ("
                    + loose.stream().map(c -> c.path("key").asText("")).toList() + "): raccolti nell'ultimo passo, \"Altri dati\".");
            Scope step = step(JSON.objectNode(), "altriDati", "Altri dati", top, walker, notes);
            loose.forEach(component -> walker.component(component, step));
        }
        return pages;
    }

    private static int plain(JsonNode form, String title, Scope top, ComponentWalker walker, ImportNotes notes) {
        Scope step = new Scope(top.node().putObject("properties").putObject(SINGLE_STEP).put("type", "object")
                .put("title", title), "/" + SINGLE_STEP, "", null, List.of());
        for (JsonNode component : form.path("components")) {
            if (SECTION_PANELS.contains(component.path("type").asText()) && !FormioJson.isTrue(component.path("hidden"))) {
                ObjectNode section = JSON.objectNode().put("type", "object");
                String sectionTitle = firstText(component, "title", "legend", "label");
                if (!sectionTitle.isEmpty()) {
                    section.put("title", sectionTitle);
                }
                String key = component.path("key").asText("sezione");
                String name = step.add(component, key, section, false, notes);
                String pointer = step.pointer() + "/" + DefinitionJson.pointerToken(name);
                walker.conditionOf(component, section, pointer, step);
                walker.components(component.path("components"), new Scope(section, pointer, "", null, List.of()));
                if (!section.has("properties")) {
                    section.putObject("properties");
                }
            } else {
                walker.component(component, step);
            }
        }
        if (!step.node().has("properties")) {
            step.node().putObject("properties");
        }
        return 1;
    }

    private static Scope step(JsonNode panel, String key, String title, Scope top, ComponentWalker walker,
            ImportNotes notes) {
        ObjectNode node = JSON.objectNode().put("type", "object").put("title", title);
        String name = top.add(panel, key, node, false, notes);
        String pointer = "/" + DefinitionJson.pointerToken(name);
        walker.conditionOf(panel, node, pointer, top);
        return new Scope(node, pointer, "", null, List.of());
    }

    private static void dropIfEmpty(JsonNode panel, Scope step, Scope top, ImportNotes notes) {
        if (!step.node().has("properties")) {
            ((ObjectNode) top.node().get("properties")).remove(step.pointer().substring(1));
            notes.notCarried(panel, "Pagina senza campi: non diventa un passo.");
        }
    }

    private static boolean contains(ArrayNode names, String name) {
        for (JsonNode each : names) {
            if (each.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String firstText(JsonNode component, String... keys) {
        for (String key : keys) {
            String text = HtmlText.label(component.path(key).asText(""));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }
}
