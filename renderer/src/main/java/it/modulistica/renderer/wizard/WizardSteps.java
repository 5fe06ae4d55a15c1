package it.modulistica.renderer.wizard;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.Constraints;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FieldKind;
import it.modulistica.engine.definition.LocalizedText;
import it.modulistica.engine.definition.ValueType;
import it.modulistica.renderer.RenderRequest;
import it.modulistica.renderer.view.DataPointers;
import it.modulistica.renderer.view.OptionLookup;
import it.modulistica.renderer.view.PageLabels;
import it.modulistica.renderer.wizard.Control.Fieldset;
import it.modulistica.renderer.wizard.Control.Group;
import it.modulistica.renderer.wizard.Control.InfoText;
import it.modulistica.renderer.wizard.Control.Row;
import it.modulistica.renderer.wizard.WizardStepView.ErrorLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link WizardStepView} of one step from the definition, the current data and the
 * error messages by JSON pointer. Every field of the step is there, hidden ones too (printed hidden
 * and disabled, so a script can show them when their condition starts to hold).
 */
public final class WizardSteps {

    private final Locale locale;
    private final JsonNode root;
    private final FormDefinition definition;
    private final Map<String, String> errors;
    private final Map<String, String> labels;
    private final OptionLookup lookup;
    private final InputFactory inputs;
    private final List<ErrorLink> summary = new ArrayList<>();
    private final Set<String> shown = new HashSet<>();
    /** The legends of the rows being built ("Utente 2"), so the error summary names the row of a field. */
    private final Deque<String> rowLegends = new ArrayDeque<>();

    private WizardSteps(RenderRequest request, Map<String, String> errors, String filePath, Set<String> locked) {
        this.locale = request.locale();
        this.root = request.data();
        this.definition = request.definition();
        this.errors = Map.copyOf(errors);
        this.labels = PageLabels.of(locale);
        this.lookup = new OptionLookup(request.dataSources(), root);
        this.inputs = new InputFactory(locale, labels, lookup, root, filePath, locked);
    }

    /**
     * The view of step {@code step} (from 0).
     *
     * @param errors messages to show beside the fields, by the JSON pointer of the value
     * @throws IllegalArgumentException if the definition has no such step
     */
    public static WizardStepView build(RenderRequest request, int step, Map<String, String> errors) {
        return build(request, step, errors, null);
    }

    /**
     * The view of step {@code step} (from 0), with links to the uploaded files of file fields.
     *
     * @param filePath where an uploaded file is downloaded, its id appended ({@code /api/instances/<id>/files/})
     */
    public static WizardStepView build(RenderRequest request, int step, Map<String, String> errors, String filePath) {
        return build(request, step, errors, filePath, Set.of());
    }

    /**
     * The view of step {@code step} (from 0), with links to uploaded files and with the values the
     * compiler may not change printed as text.
     *
     * @param locked the pointers of the locked values (prefilled from the compiler's profile)
     */
    public static WizardStepView build(RenderRequest request, int step, Map<String, String> errors, String filePath,
            Set<String> locked) {
        List<Field> steps = request.definition().steps();
        if (step < 0 || step >= steps.size()) {
            throw new IllegalArgumentException("Step " + step + " does not exist: " + request.definition()
                    + " has " + steps.size());
        }
        return new WizardSteps(request, errors, filePath, locked).view(step, steps.get(step));
    }

    private WizardStepView view(int index, Field step) {
        String pointer = "/" + escape(step.name());
        JsonNode value = root.path(step.name());
        List<Control> controls = switch (step.kind()) {
            case SECTION -> controls(step.children(), pointer, value, new int[0], false);
            case GROUP -> List.of(group(step, pointer, value, new int[0], false, false));
            case INFO -> List.of(info(step));
            case VALUE -> List.of(input(step, pointer, value, new int[0], false));
        };
        errors.forEach((errorPointer, message) -> {
            if (!shown.contains(errorPointer) && (errorPointer.equals(pointer) || errorPointer.startsWith(pointer + "/"))) {
                summary.add(new ErrorLink(null, null, message));
            }
        });
        return new WizardStepView(index, step.label().in(locale), paragraphs(step.help()), controls, summary,
                labels, locale.getLanguage(), logicContext());
    }

    private WizardStepView.LogicContext logicContext() {
        ObjectNode types = JsonNodeFactory.instance.objectNode();
        definition.allFields().stream().filter(Field::holdsData)
                .forEach(field -> types.put(field.path(), field.type().name().toLowerCase(Locale.ROOT)));
        return new WizardStepView.LogicContext(root.toString(), types.toString(),
                LocalDate.now(OpeningWindow.ZONE).toString());
    }

    private List<Control> controls(List<Field> fields, String pointer, JsonNode object, int[] rows, boolean disabled) {
        List<Control> controls = new ArrayList<>();
        for (Field field : fields) {
            String childPointer = pointer + "/" + escape(field.name());
            JsonNode value = object.path(field.name());
            boolean hidden = !DataPointers.isVisible(field, root, rows);
            switch (field.kind()) {
                case VALUE -> controls.add(input(field, childPointer, value, rows, disabled));
                case INFO -> controls.add(info(field));
                case SECTION -> controls.add(new Fieldset(InputFactory.id(childPointer), field.label().in(locale),
                        paragraphs(field.help()), controls(field.children(), childPointer, value, rows, disabled || hidden),
                        hidden, inputs.visibility(field, rows)));
                case GROUP -> controls.add(group(field, childPointer, value, rows, hidden, disabled || hidden));
            }
        }
        return controls;
    }

    private Input input(Field field, String pointer, JsonNode value, int[] rows, boolean disabled) {
        String error = errors.get(pointer);
        if (error == null && field.isFile()) {
            // A refused reference is reported at its item; the field shows it.
            error = errors.entrySet().stream().filter(e -> e.getKey().startsWith(pointer + "/"))
                    .peek(e -> shown.add(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        Input input = inputs.input(field, pointer, value, rows, error, disabled);
        if (input.error() != null) {
            shown.add(pointer);
            summary.add(new ErrorLink(input.id(), inRow(input.label()), input.error()));
        }
        return input;
    }

    private Group group(Field group, String pointer, JsonNode array, int[] rows, boolean hidden, boolean disabled) {
        Constraints limits = group.constraints();
        int minimum = limits.minItems() == null ? 0 : limits.minItems();
        int count = Math.max(array.isArray() ? array.size() : 0, minimum);
        String itemTitle = text(group.group().itemTitle(), "row");
        List<Row> rowViews = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String rowPointer = pointer + "/" + i;
            String legend = itemTitle + " " + (i + 1);
            rowLegends.addLast(legend);
            List<Control> rowControls = controls(group.children(), rowPointer, array.path(i),
                    DataPointers.append(rows, i), disabled);
            rowLegends.removeLast();
            rowViews.add(new Row(InputFactory.id(rowPointer), rowPointer, legend, rowControls,
                    text(group.group().remove(), "remove"), !disabled && count > minimum));
        }
        String id = InputFactory.id(pointer);
        String error = errors.get(pointer);
        if (error != null) {
            shown.add(pointer);
            summary.add(new ErrorLink(id, inRow(group.label().in(locale)), error));
        }
        boolean step = rows.length == 0 && pointer.lastIndexOf('/') == 0;
        return new Group(id, pointer, step ? null : group.label().in(locale), step ? List.of() : paragraphs(group.help()),
                rowViews, text(group.group().add(), "add"),
                !disabled && (limits.maxItems() == null || count < limits.maxItems()),
                error, error == null ? null : id + "-error", hidden, inputs.visibility(group, rows), minimum);
    }

    /** A field's label in the error summary: after the rows it sits in ("Utente 2 – Codice fiscale"). */
    private String inRow(String label) {
        return rowLegends.isEmpty() ? label : String.join(" – ", rowLegends) + " – " + label;
    }

    private InfoText info(Field field) {
        return new InfoText(field.label().in(locale), paragraphs(field.help()));
    }

    private String text(LocalizedText text, String fallbackKey) {
        return text == null || text.isEmpty() ? labels.get(fallbackKey) : text.in(locale);
    }

    private List<String> paragraphs(LocalizedText text) {
        return InputFactory.paragraphs(text.in(locale));
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Whether a value field holds a list of choices rather than one value. */
    static boolean isList(Field field) {
        return field.type() == ValueType.ARRAY && field.kind() == FieldKind.VALUE;
    }
}
