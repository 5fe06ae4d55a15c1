package it.modulistica.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.logic.Logic;
import it.modulistica.engine.logic.LogicLinter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a {@code form.json} into a {@link FormDefinition}, checking it against the published
 * format schema and then for what a schema cannot say (references between fields, data sources,
 * regular expressions, numbering pattern, window). Every problem is collected with its JSON
 * pointer; a definition with any problem is not returned.
 */
public final class DefinitionParser {

    public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private static final Set<String> EMAIL_FORMATS = Set.of("email", "pec");

    private final MetaSchema metaSchema;
    private final DataSources dataSources;

    public DefinitionParser(DataSources dataSources) {
        this(MetaSchema.load(), dataSources);
    }

    DefinitionParser(MetaSchema metaSchema, DataSources dataSources) {
        this.metaSchema = metaSchema;
        this.dataSources = dataSources;
    }

    /** The outcome of reading one file: a definition, or the problems that kept it out. */
    public record Result(Optional<FormDefinition> definition, List<DefinitionProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param file       the file name reported in problems, relative to the forms directory
     * @param folderCode the folder the file is in, which {@code x-module.code} must equal;
     *                   {@code null} when the definition comes from the database
     * @param text       the file's content
     */
    public Result parse(String file, String folderCode, String text) {
        JsonNode root;
        try {
            root = DefinitionJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return failed(new DefinitionProblem(file, "", DefinitionJson.syntaxError(e)));
        }
        if (root == null || !root.isObject()) {
            return failed(new DefinitionProblem(file, "", "La definizione deve essere un oggetto JSON"));
        }
        Problems problems = new Problems(file);
        metaSchema.check(root).forEach(v -> problems.add(v.pointer(), v.message()));
        FormDefinition.Metadata metadata = ModuleSettings.read(root, folderCode, problems);
        Reader reader = new Reader(problems);
        List<Field> steps = reader.steps(root);
        List<Rule> rules = reader.rules(root);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        reader.checkReferences(metadata, rules, root.path("x-module"));
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        String content = DefinitionJson.canonical(root);
        return new Result(Optional.of(new FormDefinition(metadata, steps, rules, content, DefinitionJson.sha256(content))),
                List.of());
    }

    private static Result failed(DefinitionProblem problem) {
        return new Result(Optional.empty(), List.of(problem));
    }

    /** The reading of one field tree, with the problems found so far. */
    private final class Reader {

        private final Problems problems;
        /** Data path of every field, to resolve references; filled while reading the tree. */
        private final Map<String, Field> fieldsByPath = new LinkedHashMap<>();
        /** Schema pointer of every field, to report reference problems where they are written. */
        private final Map<Field, String> pointers = new LinkedHashMap<>();

        Reader(Problems problems) {
            this.problems = problems;
        }

        private void problem(String pointer, String message) {
            problems.add(pointer, message);
        }

        List<Field> steps(JsonNode root) {
            if (!"object".equals(root.path("type").asText())) {
                problem("/type", "La radice della definizione deve avere \"type\": \"object\"");
            }
            List<Field> steps = children(root, "", "");
            if (steps.isEmpty()) {
                problem("/properties", "Il modulo deve avere almeno un passo");
            }
            for (Field step : steps) {
                if (step.kind() != FieldKind.SECTION && step.kind() != FieldKind.GROUP) {
                    problem(pointers.get(step), "Ogni proprietà di primo livello è un passo: deve essere un oggetto "
                            + "o un elenco di oggetti");
                }
                if (step.label().isEmpty()) {
                    problem(pointers.get(step) + "/title", "Ogni passo deve avere un titolo");
                }
            }
            return steps;
        }

        private List<Field> children(JsonNode node, String schemaPointer, String dataPath) {
            JsonNode properties = node.path("properties");
            Set<String> required = new HashSet<>(DefinitionNodes.strings(node.path("required")));
            List<Field> fields = new ArrayList<>();
            properties.fields().forEachRemaining(entry -> {
                String name = entry.getKey();
                String pointer = schemaPointer + "/properties/" + DefinitionNodes.escape(name);
                fields.add(field(name, entry.getValue(), pointer, dataPath + "/" + DefinitionNodes.escape(name), required.contains(name)));
            });
            List<String> requiredList = DefinitionNodes.strings(node.path("required"));
            for (int i = 0; i < requiredList.size(); i++) {
                String name = requiredList.get(i);
                Optional<Field> field = fields.stream().filter(f -> f.name().equals(name)).findFirst();
                if (field.isEmpty()) {
                    problem(schemaPointer + "/required/" + i, "Il campo obbligatorio \"" + name + "\" non è tra le proprietà");
                } else if (field.get().kind() == FieldKind.INFO) {
                    problem(schemaPointer + "/required/" + i, "Un testo informativo non può essere obbligatorio");
                }
            }
            return fields;
        }

        private Field field(String name, JsonNode node, String pointer, String path, boolean required) {
            ValueType type = type(node, pointer);
            Optional<Widget> declared = declaredWidget(node, pointer);
            FieldKind kind;
            List<Field> children = List.of();
            GroupLabels group = null;
            if (declared.filter(w -> w == Widget.INFO).isPresent()) {
                kind = FieldKind.INFO;
                if (type != ValueType.NONE) {
                    problem(pointer + "/type", "Un testo informativo non contiene dati e non dichiara \"type\"");
                }
            } else if (type == ValueType.OBJECT) {
                kind = FieldKind.SECTION;
                children = children(node, pointer, path);
            } else if (type == ValueType.ARRAY && "object".equals(node.path("items").path("type").asText())) {
                kind = FieldKind.GROUP;
                children = children(node.path("items"), pointer + "/items", path + "/*");
                group = new GroupLabels(DefinitionNodes.text(node, "x-add-label"), DefinitionNodes.text(node, "x-remove-label"), DefinitionNodes.text(node, "x-item-title"));
            } else if (type == ValueType.NONE) {
                problem(pointer, "Il campo \"" + name + "\" deve dichiarare \"type\" (o \"x-widget\": \"info\")");
                kind = FieldKind.VALUE;
            } else {
                kind = FieldKind.VALUE;
            }
            boolean file = kind == FieldKind.VALUE && declared.filter(w -> w == Widget.FILE).isPresent();
            FileRules files = file ? FileFields.rules(node, pointer, problems) : null;
            if (!file && node.has("x-file")) {
                problem(pointer + "/x-file", "\"x-file\" vale solo per i campi con \"x-widget\": \"file\"");
            }
            Constraints constraints = constraints(node, pointer, files);
            OptionSource options = OptionsReader.read(type == ValueType.ARRAY ? node.path("items") : node, pointer, dataSources,
                    problems);
            Widget widget = kind == FieldKind.VALUE ? Widgets.choose(type, constraints, options, declared, pointer, problems)
                    : kind == FieldKind.INFO ? Widget.INFO : null;
            if (kind != FieldKind.VALUE && declared.isPresent() && declared.get() != Widget.INFO) {
                problem(pointer + "/x-widget", "\"x-widget\" vale solo per i campi, non per sezioni ed elenchi");
            }
            boolean searchable = node.path("x-searchable").asBoolean(false);
            if (searchable && kind != FieldKind.VALUE) {
                problem(pointer + "/x-searchable", "\"x-searchable\" vale solo per i campi con un valore: nelle sezioni "
                        + "e negli elenchi si marcano i singoli campi");
            }
            Field field = new Field(name, path, kind, type, widget, DefinitionNodes.text(node, "title"), DefinitionNodes.text(node, "description"),
                    DefinitionNodes.text(node, "x-placeholder"), required, constraints, options, condition(node, pointer), group,
                    searchable, computation(node, pointer, type, path), files, children);
            fieldsByPath.put(path, field);
            pointers.put(field, pointer);
            return field;
        }

        private ValueType type(JsonNode node, String pointer) {
            JsonNode type = node.path("type");
            if (type.isMissingNode()) {
                return ValueType.NONE;
            }
            if (!type.isTextual()) {
                problem(pointer + "/type", "\"type\" deve essere un solo tipo (stringa), non un elenco");
                return ValueType.NONE;
            }
            return switch (type.asText()) {
                case "string" -> ValueType.STRING;
                case "number" -> ValueType.NUMBER;
                case "integer" -> ValueType.INTEGER;
                case "boolean" -> ValueType.BOOLEAN;
                case "object" -> ValueType.OBJECT;
                case "array" -> ValueType.ARRAY;
                default -> {
                    problem(pointer + "/type", "Tipo sconosciuto \"" + type.asText() + "\"");
                    yield ValueType.NONE;
                }
            };
        }

        private Optional<Widget> declaredWidget(JsonNode node, String pointer) {
            if (!node.has("x-widget")) {
                return Optional.empty();
            }
            String name = node.path("x-widget").asText();
            Optional<Widget> widget = Widget.fromJsonName(name);
            if (widget.isEmpty()) {
                problem(pointer + "/x-widget", "Widget sconosciuto \"" + name + "\"");
            }
            return widget;
        }

        private Constraints constraints(JsonNode node, String pointer, FileRules files) {
            String pattern = node.hasNonNull("pattern") ? node.path("pattern").asText() : null;
            if (pattern != null) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    problem(pointer + "/pattern", "Espressione regolare non valida: " + e.getDescription()
                            + " (posizione " + e.getIndex() + ")");
                }
            }
            return new Constraints(
                    node.hasNonNull("format") ? node.path("format").asText() : null,
                    DefinitionNodes.integer(node, "minLength"),
                    DefinitionNodes.integer(node, "maxLength"),
                    pattern,
                    node.path("minimum").isNumber() ? node.path("minimum").decimalValue() : null,
                    node.path("maximum").isNumber() ? node.path("maximum").decimalValue() : null,
                    DefinitionNodes.integer(node, "minItems"),
                    files != null ? Integer.valueOf(files.maxFiles()) : DefinitionNodes.integer(node, "maxItems"),
                    dateBound(node, "x-minDate", pointer),
                    dateBound(node, "x-maxDate", pointer),
                    node.path("multipleOf").isNumber() ? node.path("multipleOf").decimalValue() : null);
        }

        private String dateBound(JsonNode node, String keyword, String pointer) {
            if (!node.path(keyword).isTextual()) {
                return null;
            }
            String bound = node.path(keyword).asText();
            if (!"date".equals(node.path("format").asText())) {
                problem(pointer + "/" + keyword, "\"" + keyword + "\" vale solo per i campi con \"format\": \"date\"");
            }
            if (!Constraints.TODAY.equals(bound)) {
                try {
                    LocalDate.parse(bound);
                } catch (DateTimeParseException e) {
                    problem(pointer + "/" + keyword, "Data non valida \"" + bound + "\": usare \"today\" o il formato 2025-01-31");
                }
            }
            return bound;
        }

        private Computation computation(JsonNode node, String pointer, ValueType type, String path) {
            JsonNode spec = node.path("x-computed");
            if (!spec.isObject()) {
                return null;
            }
            if (path.contains("/*")) {
                problem(pointer + "/x-computed", "Un campo calcolato non può stare dentro un elenco ripetibile");
            }
            if (spec.has("logic")) {
                if (type == ValueType.OBJECT || type == ValueType.ARRAY || type == ValueType.NONE) {
                    problem(pointer + "/x-computed", "Un campo calcolato con \"logic\" deve essere di tipo \"number\", "
                            + "\"integer\", \"string\" o \"boolean\"");
                }
                return new Computation(List.of(), Logic.of(spec.get("logic")));
            }
            if (type != ValueType.NUMBER && type != ValueType.INTEGER) {
                problem(pointer + "/x-computed", "Un campo calcolato deve essere di tipo \"number\" o \"integer\"");
            }
            JsonNode sum = spec.path("sum");
            return new Computation(sum.isArray() ? DefinitionNodes.strings(sum) : List.of(sum.asText()));
        }

        private VisibilityCondition condition(JsonNode node, String pointer) {
            return VisibilityCondition.read(node.path("x-visible-when"));
        }

        /** The rules across fields of {@code x-rules}. */
        List<Rule> rules(JsonNode root) {
            List<Rule> rules = new ArrayList<>();
            JsonNode list = root.path("x-rules");
            for (int i = 0; i < list.size(); i++) {
                JsonNode rule = list.get(i);
                rules.add(new Rule(Logic.of(rule.path("assert")), rule.path("pointer").asText(""),
                        DefinitionNodes.text(rule, "message"), "draft".equals(rule.path("level").asText())));
            }
            return rules;
        }

        /** The static type of the field at a data path, for the JSONLogic linter. */
        private Optional<LogicLinter.Type> logicType(String path) {
            Field field = fieldsByPath.get(path);
            if (field == null || !field.holdsData()) {
                return Optional.empty();
            }
            return Optional.of(switch (field.type()) {
                case STRING -> LogicLinter.Type.STRING;
                case NUMBER, INTEGER -> LogicLinter.Type.NUMBER;
                case BOOLEAN -> LogicLinter.Type.BOOLEAN;
                case ARRAY -> LogicLinter.Type.ARRAY;
                case OBJECT -> LogicLinter.Type.OBJECT;
                default -> LogicLinter.Type.UNKNOWN;
            });
        }

        private void lint(Logic logic, String pointer, String rowContext) {
            LogicLinter.check(logic.expression(), pointer, this::logicType, rowContext)
                    .forEach(p -> problem(p.pointer(), p.message()));
        }

        /** Checks a condition where it is written: JSONLogic by the linter, the older form field and values. */
        private void checkCondition(VisibilityCondition condition, String pointer, String ownPath) {
            if (condition.legacy() == null) {
                lint(condition.logic(), pointer, ownPath);
                if (ownPath != null && condition.pointers().stream()
                        .anyMatch(p -> p.equals(ownPath) || p.startsWith(ownPath + "/"))) {
                    problem(pointer, "Un campo non può dipendere da sé stesso");
                }
                return;
            }
            String target = condition.legacy();
            Field referenced = fieldsByPath.get(target);
            if (referenced == null || referenced.kind() != FieldKind.VALUE) {
                problem(pointer + "/field", "La condizione fa riferimento a un campo inesistente \"" + target + "\"");
                return;
            }
            if (ownPath != null && (target.equals(ownPath) || target.startsWith(ownPath + "/"))) {
                problem(pointer + "/field", "Un campo non può dipendere da sé stesso");
            }
            LogicLinter.Type expected = logicType(target).orElse(LogicLinter.Type.UNKNOWN);
            JsonNode expression = condition.logic().expression();
            boolean equals = expression.has("===");
            JsonNode values = equals ? expression.get("===").path(1) : expression.get("in").path(1);
            for (int i = 0; i < (equals ? 1 : values.size()); i++) {
                JsonNode value = equals ? values : values.get(i);
                LogicLinter.Type actual = LogicLinter.literal(value);
                if (expected != LogicLinter.Type.UNKNOWN && actual != LogicLinter.Type.NULL && actual != expected) {
                    problem(pointer + (equals ? "/equals" : "/in/" + i), "Il valore " + value + " non è del tipo del campo \""
                            + target + "\" (" + referenced.type().name().toLowerCase(java.util.Locale.ROOT)
                            + "): la condizione non sarebbe mai vera");
                }
            }
        }

        private boolean isPlainValue(String pointer) {
            Field referenced = fieldsByPath.get(pointer);
            return referenced != null && referenced.kind() == FieldKind.VALUE && !pointer.contains("/*");
        }

        private void checkComputation(Field field, String pointer) {
            if (!field.isComputed()) {
                return;
            }
            if (field.computed().logic() != null) {
                lint(field.computed().logic(), pointer + "/x-computed/logic", field.path());
                return;
            }
            List<String> terms = field.computed().sum();
            for (int i = 0; i < terms.size(); i++) {
                String where = pointer + "/x-computed/sum";
                Field term = fieldsByPath.get(terms.get(i));
                if (term == null || term.kind() != FieldKind.VALUE
                        || (term.type() != ValueType.NUMBER && term.type() != ValueType.INTEGER)) {
                    problem(where, "Il campo da sommare \"" + terms.get(i) + "\" deve essere un campo numerico");
                } else if (term.isComputed() || term == field) {
                    problem(where, "Il campo da sommare \"" + terms.get(i) + "\" è a sua volta calcolato");
                }
            }
        }

        /** Reports each cycle between computed fields once, at the field where it is found. */
        private void checkComputedCycles() {
            Map<String, Integer> state = new HashMap<>();
            for (Map.Entry<Field, String> entry : pointers.entrySet()) {
                if (entry.getKey().isComputed()) {
                    visit(entry.getKey(), state, new ArrayList<>());
                }
            }
        }

        private void visit(Field field, Map<String, Integer> state, List<String> trail) {
            Integer seen = state.get(field.path());
            if (seen != null && seen == 2) {
                return;
            }
            if (seen != null) {
                List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(field.path()), trail.size()));
                cycle.add(field.path());
                problem(pointers.get(field) + "/x-computed", "Campi calcolati in ciclo: " + String.join(" → ", cycle));
                return;
            }
            state.put(field.path(), 1);
            trail.add(field.path());
            for (String dependency : field.computed().dependencies()) {
                Field other = fieldsByPath.get(dependency);
                if (other != null && other.isComputed()) {
                    visit(other, state, trail);
                }
            }
            trail.remove(trail.size() - 1);
            state.put(field.path(), 2);
        }

        private void checkRules(List<Rule> rules) {
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                Field target = fieldsByPath.get(rule.pointer());
                if (target == null || !target.holdsData()) {
                    problem("/x-rules/" + i + "/pointer", "Il puntatore della regola \"" + rule.pointer()
                            + "\" non è un campo del modulo");
                }
                lint(rule.assertion(), "/x-rules/" + i + "/assert", rule.pointer());
            }
        }

        /** Checks the references between fields once the whole tree is known. */
        void checkReferences(FormDefinition.Metadata metadata, List<Rule> rules, JsonNode module) {
            for (Map.Entry<Field, String> entry : pointers.entrySet()) {
                Field field = entry.getKey();
                String pointer = entry.getValue();
                if (field.visibleWhen() != null) {
                    checkCondition(field.visibleWhen(), pointer + "/x-visible-when", field.path());
                }
                if (field.options() != null && field.options().isDataSource()) {
                    field.options().dependsOn().forEach((key, target) -> {
                        Field referenced = fieldsByPath.get(target);
                        if (referenced == null || referenced.kind() != FieldKind.VALUE) {
                            problem(pointer + "/x-options/dependsOn/" + DefinitionNodes.escape(key),
                                    "Le opzioni dipendono da un campo inesistente \"" + target + "\"");
                        }
                    });
                }
            }
            String organisationField = metadata.compilers().organisationField();
            if (organisationField != null && !isPlainValue(organisationField)) {
                problem("/x-module/organisationField", "\"organisationField\" deve indicare un campo valore fuori da "
                        + "elenchi ripetibili: \"" + organisationField + "\" non lo è");
            }
            metadata.compilers().prefill().keySet().forEach(target -> {
                if (!isPlainValue(target)) {
                    problem("/x-module/prefill/" + DefinitionNodes.escape(target), "Il campo da precompilare \""
                            + target + "\" deve essere un campo valore fuori da elenchi ripetibili");
                }
            });
            for (Map.Entry<Field, String> entry : pointers.entrySet()) {
                checkComputation(entry.getKey(), entry.getValue());
            }
            checkComputedCycles();
            checkRules(rules);
            List<ProcessingTime> times = metadata.processingTimes();
            for (int i = 0; i < times.size(); i++) {
                VisibilityCondition when = times.get(i).when();
                if (when != null) {
                    checkCondition(when, "/x-module/processingTimes/" + i + "/when", null);
                }
            }
            Routing.read(module).ifPresent(routing -> {
                Field referenced = fieldsByPath.get(routing.categoryField());
                if (!isPlainValue(routing.categoryField()) || referenced.type() != ValueType.STRING) {
                    problem("/x-module/routing/categoryField", "\"categoryField\" deve indicare un campo di testo fuori "
                            + "da elenchi ripetibili, che contiene il codice di una categoria: \""
                            + routing.categoryField() + "\" non lo è");
                }
            });
            List<String> recipients = metadata.receipt().recipientFields();
            for (int i = 0; i < recipients.size(); i++) {
                Field referenced = fieldsByPath.get(recipients.get(i));
                if (referenced == null || referenced.kind() != FieldKind.VALUE
                        || !EMAIL_FORMATS.contains(String.valueOf(referenced.constraints().format()))) {
                    problem("/x-module/receipt/recipientFields/" + i, "Il destinatario della ricevuta \"" + recipients.get(i)
                            + "\" deve essere un campo con formato email o pec");
                }
            }
            List<String> notified = metadata.notification().recipientFields();
            for (int i = 0; i < notified.size(); i++) {
                Field referenced = fieldsByPath.get(notified.get(i));
                if (referenced == null || referenced.kind() != FieldKind.VALUE
                        || !EMAIL_FORMATS.contains(String.valueOf(referenced.constraints().format()))) {
                    problem("/x-module/notification/recipientFields/" + i, "Il destinatario degli avvisi \""
                            + notified.get(i) + "\" deve essere un campo con formato email o pec"
                            + (referenced == null ? ": il modulo non ha questo campo" : ""));
                }
            }
        }
    }
}
