package it.modulistica.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the tree of a workflow file into states and actions, checking each node on its own: keys,
 * types, codes, tabs, actors, guards, inputs and effects. What is between nodes (references,
 * reachability) is left to {@link WorkflowChecks}.
 */
final class WorkflowReader {

    static final List<String> TABS = List.of("in-lavorazione", "inviate", "in-attesa-integrazione", "concluse");
    static final List<String> BACKOFFICE_TABS = WorkflowDefinition.BACKOFFICE_TABS;

    private static final Pattern STATE_CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static final Pattern ACTION_CODE = Pattern.compile("^[a-z][a-z0-9-]*$");

    private static final List<String> ROOT_KEYS = List.of("$comment", "title", "x-i18n", "initial", "effectsOnCreate",
            "states", "actions");
    private static final List<String> STATE_KEYS = List.of("$comment", "code", "label", "editable", "tab", "final",
            "backofficeTab", "x-i18n");
    private static final List<String> ACTION_KEYS = List.of("$comment", "code", "label", "confirmation", "from", "to",
            "actors", "guards", "input", "effects", "x-i18n");
    private static final List<String> INPUT_KEYS = List.of("note", "attachments", "issuedDocument");

    /** A state with the pointer where it is written. */
    record ReadState(State state, String pointer) {
    }

    /**
     * An action with the pointer where it is written and its {@code from} as written: in file
     * order, repetitions kept, {@code null} for an entry that is not a text.
     */
    record ReadAction(Action action, String pointer, List<String> from) {
    }

    /** Everything read from a file, whether or not it holds together. */
    record Draft(Label title, String initial, List<Effect> effectsOnCreate, List<ReadState> states,
            List<ReadAction> actions) {

        WorkflowDefinition definition(String code) {
            return new WorkflowDefinition(code, title, initial, effectsOnCreate,
                    states.stream().map(ReadState::state).toList(),
                    actions.stream().map(ReadAction::action).toList());
        }
    }

    private final Problems problems;

    private WorkflowReader(Problems problems) {
        this.problems = problems;
    }

    static Draft read(JsonNode root, Problems problems) {
        return new WorkflowReader(problems).root(root);
    }

    private Draft root(JsonNode root) {
        WorkflowNodes.keys(root, "", ROOT_KEYS, List.of("title", "initial", "states", "actions"), problems);
        WorkflowNodes.translations(root, "", List.of("title"), problems);
        Label title = WorkflowNodes.label(root, "title", "", problems);
        String initial = WorkflowNodes.text(root, "initial", "", problems);
        List<Effect> onCreate = effects(root, "effectsOnCreate", "");
        onCreate.stream().filter(e -> e != Effect.ASSIGN_NUMBER).forEach(e -> problems.add(
                element(root, "effectsOnCreate", "", e.jsonName()), "Alla creazione si può solo assegnare il numero "
                        + "(\"assign-number\"): \"" + e.jsonName() + "\" va in un'azione"));
        List<ReadState> states = new ArrayList<>();
        elements(root, "states").forEach(i -> state(root.path("states").get(i), "/states/" + i).ifPresent(states::add));
        List<ReadAction> actions = new ArrayList<>();
        elements(root, "actions").forEach(i -> action(root.path("actions").get(i), "/actions/" + i,
                onCreate.contains(Effect.ASSIGN_NUMBER)).ifPresent(actions::add));
        return new Draft(title, initial, onCreate, states, actions);
    }

    /** The indexes of the non-empty array {@code key} of the root. */
    private List<Integer> elements(JsonNode root, String key) {
        JsonNode array = root.path(key);
        if (array.isMissingNode()) {
            return List.of();
        }
        if (!array.isArray() || array.isEmpty()) {
            problems.add("/" + key, "\"" + key + "\" deve essere un elenco non vuoto");
            return List.of();
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private Optional<ReadState> state(JsonNode node, String pointer) {
        if (!WorkflowNodes.object(node, pointer, "Uno stato", problems)) {
            return Optional.empty();
        }
        WorkflowNodes.keys(node, pointer, STATE_KEYS, List.of("code", "label", "tab"), problems);
        WorkflowNodes.translations(node, pointer, List.of("label"), problems);
        String code = code(node, pointer, STATE_CODE, "Codice di stato non valido",
                "lettere maiuscole, cifre e trattino basso, a partire da una lettera");
        String tab = WorkflowNodes.text(node, "tab", pointer, problems);
        if (!tab.isEmpty() && !TABS.contains(tab)) {
            problems.add(pointer + "/tab", "Scheda sconosciuta \"" + tab + "\": sono ammesse " + String.join(", ", TABS));
        }
        boolean editable = WorkflowNodes.flag(node, "editable", pointer, problems);
        String backofficeTab = backofficeTab(node, pointer, editable);
        State state = new State(code, WorkflowNodes.label(node, "label", pointer, problems), editable, tab,
                WorkflowNodes.flag(node, "final", pointer, problems), backofficeTab);
        return Optional.of(new ReadState(state, pointer));
    }

    /**
     * The back-office tab, {@code null} when not written. A state the owner still edits is a draft,
     * which operators never see: it may not have one.
     */
    private String backofficeTab(JsonNode node, String pointer, boolean editable) {
        if (!node.has("backofficeTab")) {
            return null;
        }
        String tab = WorkflowNodes.text(node, "backofficeTab", pointer, problems);
        if (!tab.isEmpty() && !BACKOFFICE_TABS.contains(tab)) {
            problems.add(pointer + "/backofficeTab", "Scheda del back office sconosciuta \"" + tab
                    + "\": sono ammesse " + String.join(", ", BACKOFFICE_TABS));
        }
        if (editable) {
            problems.add(pointer + "/backofficeTab", "Uno stato in cui chi compila modifica ancora i dati è una bozza: "
                    + "gli operatori non la vedono, quindi non ha una scheda del back office");
        }
        return tab.isEmpty() ? null : tab;
    }

    private Optional<ReadAction> action(JsonNode node, String pointer, boolean numberedOnCreate) {
        if (!WorkflowNodes.object(node, pointer, "Un'azione", problems)) {
            return Optional.empty();
        }
        WorkflowNodes.keys(node, pointer, ACTION_KEYS, List.of("code", "label", "from", "to", "actors"), problems);
        WorkflowNodes.translations(node, pointer, List.of("label", "confirmation"), problems);
        String code = code(node, pointer, ACTION_CODE, "Codice di azione non valido",
                "lettere minuscole, cifre e trattini, a partire da una lettera");
        List<String> from = WorkflowNodes.strings(node, "from", pointer, problems);
        if (node.has("from") && node.path("from").isArray() && from.isEmpty()) {
            problems.add(pointer + "/from", "Un'azione deve partire da almeno uno stato");
        }
        List<Actor> actors = WorkflowNodes.named(node, "actors", pointer, Actor::fromJsonName, "Attore sconosciuto",
                Arrays.stream(Actor.values()).map(Actor::jsonName).toList(), problems);
        if (node.path("actors").isArray() && node.path("actors").isEmpty()) {
            problems.add(pointer + "/actors", "Un'azione deve avere almeno un attore");
        }
        List<Guard> guards = WorkflowNodes.named(node, "guards", pointer, Guard::fromJsonName,
                "Condizione sconosciuta", Arrays.stream(Guard.values()).map(Guard::jsonName).toList(), problems);
        ActionInput input = input(node, pointer);
        if (actors.equals(List.of(Actor.SYSTEM)) && !input.equals(ActionInput.NOTHING)) {
            problems.add(pointer + "/input", "Un'azione del solo sistema non può chiedere note, allegati o atti");
        }
        List<Effect> effects = effects(node, "effects", pointer);
        if (numberedOnCreate && effects.contains(Effect.ASSIGN_NUMBER)) {
            problems.add(element(node, "effects", pointer, Effect.ASSIGN_NUMBER.jsonName()), "Il numero è già assegnato alla creazione (\"effectsOnCreate\"): "
                    + "un'istanza si numera una volta sola");
        }
        Action action = new Action(code, WorkflowNodes.label(node, "label", pointer, problems),
                WorkflowNodes.label(node, "confirmation", pointer, problems),
                new LinkedHashSet<>(from.stream().filter(Objects::nonNull).toList()),
                WorkflowNodes.text(node, "to", pointer, problems), new LinkedHashSet<>(actors),
                new LinkedHashSet<>(guards), input, effects);
        return Optional.of(new ReadAction(action, pointer, from));
    }

    /** The pointer of the first element of the array {@code key} equal to {@code value}. */
    private static String element(JsonNode node, String key, String pointer, String value) {
        JsonNode array = node.path(key);
        for (int i = 0; i < array.size(); i++) {
            if (value.equals(array.get(i).asText())) {
                return pointer + "/" + key + "/" + i;
            }
        }
        return pointer + "/" + key;
    }

    private String code(JsonNode node, String pointer, Pattern pattern, String invalid, String rule) {
        String code = WorkflowNodes.text(node, "code", pointer, problems);
        if (!code.isEmpty() && !pattern.matcher(code).matches()) {
            problems.add(pointer + "/code", invalid + " \"" + code + "\": " + rule + " (" + pattern.pattern() + ")");
        }
        return code;
    }

    private ActionInput input(JsonNode node, String pointer) {
        JsonNode input = node.path("input");
        String at = pointer + "/input";
        if (input.isMissingNode() || !WorkflowNodes.object(input, at, "\"input\"", problems)) {
            return ActionInput.NOTHING;
        }
        WorkflowNodes.keys(input, at, INPUT_KEYS, List.of(), problems);
        NoteInput note = NoteInput.NONE;
        String written = WorkflowNodes.text(input, "note", at, problems);
        if (!written.isEmpty()) {
            Optional<NoteInput> known = NoteInput.fromJsonName(written);
            if (known.isEmpty()) {
                problems.add(at + "/note", "Valore sconosciuto \"" + written + "\" per la nota: sono ammessi none, "
                        + "optional, required");
            }
            note = known.orElse(NoteInput.NONE);
        }
        return new ActionInput(note, WorkflowNodes.flag(input, "attachments", at, problems),
                WorkflowNodes.flag(input, "issuedDocument", at, problems));
    }

    /**
     * The effects of {@code key}, checked for the order they depend on: the receipt PDF is drawn
     * from frozen data, and the receipt e-mail carries that PDF.
     */
    private List<Effect> effects(JsonNode node, String key, String pointer) {
        List<Effect> effects = WorkflowNodes.named(node, key, pointer, Effect::fromJsonName, "Effetto sconosciuto",
                Arrays.stream(Effect.values()).map(Effect::jsonName).toList(), problems);
        requireBefore(effects, Effect.FREEZE_DATA, Effect.RENDER_PDF, pointer + "/" + key);
        requireBefore(effects, Effect.RENDER_PDF, Effect.SEND_RECEIPT, pointer + "/" + key);
        return effects;
    }

    private void requireBefore(List<Effect> effects, Effect first, Effect then, String pointer) {
        int at = effects.indexOf(then);
        if (at >= 0 && !effects.subList(0, at).contains(first)) {
            problems.add(pointer, "\"" + then.jsonName() + "\" richiede \"" + first.jsonName() + "\" prima, nella "
                    + "stessa azione");
        }
    }
}
