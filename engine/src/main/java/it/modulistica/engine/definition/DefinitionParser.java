package it.modulistica.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$");
    private static final Pattern NUMBERING_TOKEN = Pattern.compile("\\{([^}]*)}");
    private static final Pattern SEQ_TOKEN = Pattern.compile("seq:([1-9]|1[0-2])");
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
        Reader reader = new Reader(file);
        metaSchema.check(root).forEach(v -> reader.problem(v.pointer(), v.message()));
        FormDefinition.Metadata metadata = reader.metadata(root, folderCode);
        List<Field> steps = reader.steps(root);
        if (!reader.problems.isEmpty()) {
            return new Result(Optional.empty(), reader.problems);
        }
        reader.checkReferences(steps, metadata);
        if (!reader.problems.isEmpty()) {
            return new Result(Optional.empty(), reader.problems);
        }
        String content = DefinitionJson.canonical(root);
        return new Result(Optional.of(new FormDefinition(metadata, steps, content, DefinitionJson.sha256(content))),
                List.of());
    }

    private static Result failed(DefinitionProblem problem) {
        return new Result(Optional.empty(), List.of(problem));
    }

    /** The state of one read: the file name and the problems found so far. */
    private final class Reader {

        private final String file;
        private final List<DefinitionProblem> problems = new ArrayList<>();
        /** Data path of every field, to resolve references; filled while reading the tree. */
        private final Map<String, Field> fieldsByPath = new LinkedHashMap<>();
        /** Schema pointer of every field, to report reference problems where they are written. */
        private final Map<Field, String> pointers = new LinkedHashMap<>();

        Reader(String file) {
            this.file = file;
        }

        void problem(String pointer, String message) {
            DefinitionProblem problem = new DefinitionProblem(file, pointer, message);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }

        FormDefinition.Metadata metadata(JsonNode root, String folderCode) {
            if (!DRAFT_07.equals(root.path("$schema").asText())) {
                problem("/$schema", "Dichiarare \"$schema\": \"" + DRAFT_07 + "\"");
            }
            JsonNode module = root.path("x-module");
            String code = module.path("code").asText("");
            if (!CODE.matcher(code).matches()) {
                problem("/x-module/code", "Il codice del modulo deve contenere solo lettere minuscole, cifre e trattini");
            } else if (folderCode != null && !folderCode.equals(code)) {
                problem("/x-module/code", "Il codice \"" + code + "\" deve essere uguale al nome della cartella \""
                        + folderCode + "\"");
            }
            String version = module.path("version").asText("");
            if (!SEMVER.matcher(version).matches()) {
                problem("/x-module/version", "La versione \"" + version + "\" non segue il formato semver (es. 1.0.0)");
            }
            String numbering = module.path("numbering").asText("");
            checkNumbering(numbering);
            return new FormDefinition.Metadata(
                    code,
                    version,
                    text(root, "title"),
                    text(root, "description"),
                    module.path("category").asText(""),
                    module.path("workflow").asText(""),
                    numbering,
                    window(module.path("window")),
                    new ReceiptSettings(strings(module.path("receipt").path("recipientFields"))),
                    module.path("compilers").hasNonNull("organisationRole")
                            ? new CompilerPolicy(module.path("compilers").path("organisationRole").asText())
                            : CompilerPolicy.ANY_AUTHENTICATED);
        }

        private void checkNumbering(String numbering) {
            Matcher tokens = NUMBERING_TOKEN.matcher(numbering);
            int sequences = 0;
            while (tokens.find()) {
                String token = tokens.group(1);
                if (SEQ_TOKEN.matcher(token).matches()) {
                    sequences++;
                } else if (!Set.of("code", "version", "year").contains(token)) {
                    problem("/x-module/numbering", "Segnaposto sconosciuto {" + token
                            + "}: sono ammessi {code}, {version}, {year} e {seq:N} con N da 1 a 12");
                }
            }
            if (sequences != 1) {
                problem("/x-module/numbering", "Lo schema di numerazione deve contenere una volta {seq:N}");
            }
        }

        private OpeningWindow window(JsonNode window) {
            LocalDateTime opens = dateTime(window, "opens");
            LocalDateTime closes = dateTime(window, "closes");
            if (opens != null && closes != null && !opens.isBefore(closes)) {
                problem("/x-module/window", "L'apertura deve precedere la chiusura");
            }
            return new OpeningWindow(opens, closes);
        }

        private LocalDateTime dateTime(JsonNode window, String name) {
            JsonNode value = window.path(name);
            if (!value.isTextual()) {
                return null;
            }
            try {
                return LocalDateTime.parse(value.asText());
            } catch (DateTimeParseException e) {
                problem("/x-module/window/" + name, "Data e ora non valide \"" + value.asText()
                        + "\": usare il formato 2022-07-25T12:00 (ora di Roma)");
                return null;
            }
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
            Set<String> required = new HashSet<>(strings(node.path("required")));
            List<Field> fields = new ArrayList<>();
            properties.fields().forEachRemaining(entry -> {
                String name = entry.getKey();
                String pointer = schemaPointer + "/properties/" + escape(name);
                fields.add(field(name, entry.getValue(), pointer, dataPath + "/" + escape(name), required.contains(name)));
            });
            List<String> requiredList = strings(node.path("required"));
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
                group = new GroupLabels(text(node, "x-add-label"), text(node, "x-remove-label"), text(node, "x-item-title"));
            } else if (type == ValueType.NONE) {
                problem(pointer, "Il campo \"" + name + "\" deve dichiarare \"type\" (o \"x-widget\": \"info\")");
                kind = FieldKind.VALUE;
            } else {
                kind = FieldKind.VALUE;
            }
            Constraints constraints = constraints(node, pointer);
            OptionSource options = options(type == ValueType.ARRAY ? node.path("items") : node, pointer);
            Widget widget = kind == FieldKind.VALUE ? widget(type, constraints, options, declared, pointer)
                    : kind == FieldKind.INFO ? Widget.INFO : null;
            if (kind != FieldKind.VALUE && declared.isPresent() && declared.get() != Widget.INFO) {
                problem(pointer + "/x-widget", "\"x-widget\" vale solo per i campi, non per sezioni ed elenchi");
            }
            Field field = new Field(name, path, kind, type, widget, text(node, "title"), text(node, "description"),
                    text(node, "x-placeholder"), required, constraints, options, condition(node, pointer), group,
                    node.path("x-searchable").asBoolean(false), children);
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

        private Widget widget(ValueType type, Constraints constraints, OptionSource options,
                Optional<Widget> declared, String pointer) {
            Set<Widget> allowed = switch (type) {
                case STRING -> options != null ? Set.of(Widget.SELECT, Widget.RADIO)
                        : Set.of(Widget.TEXT, Widget.TEXTAREA, Widget.DATE, Widget.EMAIL, Widget.TEL, Widget.FILE);
                case NUMBER, INTEGER -> options != null ? Set.of(Widget.SELECT, Widget.RADIO) : Set.of(Widget.NUMBER);
                case BOOLEAN -> Set.of(Widget.CHECKBOX, Widget.RADIO);
                case ARRAY -> options != null ? Set.of(Widget.CHECKBOX, Widget.SELECT) : Set.of();
                default -> Set.of();
            };
            if (type == ValueType.ARRAY && options == null) {
                problem(pointer + "/items", "Un elenco di valori deve offrire delle opzioni (enum, oneOf o x-options); "
                        + "per righe ripetibili usare \"items\" di tipo object");
            }
            Widget inferred = inferWidget(type, constraints, options);
            if (declared.isEmpty()) {
                return inferred;
            }
            if (!allowed.contains(declared.get())) {
                problem(pointer + "/x-widget", "Il widget \"" + declared.get().jsonName()
                        + "\" non si applica a un campo di tipo " + type.jsonName()
                        + (options != null ? " con opzioni" : ""));
                return inferred;
            }
            return declared.get();
        }

        private static Widget inferWidget(ValueType type, Constraints constraints, OptionSource options) {
            return switch (type) {
                case BOOLEAN -> Widget.CHECKBOX;
                case NUMBER, INTEGER -> options != null ? Widget.SELECT : Widget.NUMBER;
                case ARRAY -> Widget.CHECKBOX;
                default -> {
                    if (options != null) {
                        yield Widget.SELECT;
                    }
                    String format = constraints.format() == null ? "" : constraints.format();
                    yield switch (format) {
                        case "date" -> Widget.DATE;
                        case "email", "pec" -> Widget.EMAIL;
                        case "telefono" -> Widget.TEL;
                        default -> Widget.TEXT;
                    };
                }
            };
        }

        private Constraints constraints(JsonNode node, String pointer) {
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
                    integer(node, "minLength"),
                    integer(node, "maxLength"),
                    pattern,
                    node.path("minimum").isNumber() ? node.path("minimum").decimalValue() : null,
                    node.path("maximum").isNumber() ? node.path("maximum").decimalValue() : null,
                    integer(node, "minItems"),
                    integer(node, "maxItems"));
        }

        private OptionSource options(JsonNode node, String pointer) {
            if (node.has("x-options")) {
                JsonNode spec = node.path("x-options");
                String source = spec.path("source").asText("");
                String valueKey = spec.path("value").asText("");
                String labelKey = spec.path("label").asText(valueKey);
                Optional<DataSource> data = dataSources.find(source);
                if (data.isEmpty()) {
                    problem(pointer + "/x-options/source", "Origine dati sconosciuta \"" + source + "\"; disponibili: "
                            + dataSources.names());
                } else {
                    Set<String> keys = data.get().keys();
                    for (String key : List.of(valueKey, labelKey)) {
                        if (!keys.contains(key)) {
                            problem(pointer + "/x-options", "L'origine dati \"" + source + "\" non ha la chiave \"" + key
                                    + "\"; chiavi: " + keys);
                        }
                    }
                    spec.path("where").fieldNames().forEachRemaining(key -> {
                        if (!keys.contains(key)) {
                            problem(pointer + "/x-options/where/" + escape(key), "L'origine dati \"" + source
                                    + "\" non ha la chiave \"" + key + "\"");
                        }
                    });
                    spec.path("dependsOn").fieldNames().forEachRemaining(key -> {
                        if (!keys.contains(key)) {
                            problem(pointer + "/x-options/dependsOn/" + escape(key), "L'origine dati \"" + source
                                    + "\" non ha la chiave \"" + key + "\"");
                        }
                    });
                }
                return new OptionSource(List.of(), source, valueKey, labelKey, stringMap(spec.path("where")),
                        stringMap(spec.path("dependsOn")));
            }
            if (node.path("enum").isArray()) {
                List<Option> options = new ArrayList<>();
                node.path("enum").forEach(v -> options.add(new Option(v.asText(), LocalizedText.of(v.asText()))));
                return OptionSource.fixed(options);
            }
            if (node.path("oneOf").isArray()) {
                List<Option> options = new ArrayList<>();
                JsonNode oneOf = node.path("oneOf");
                for (int i = 0; i < oneOf.size(); i++) {
                    JsonNode choice = oneOf.get(i);
                    if (!choice.has("const")) {
                        problem(pointer + "/oneOf/" + i, "Ogni scelta di \"oneOf\" deve avere \"const\" e \"title\"");
                        continue;
                    }
                    options.add(new Option(choice.path("const").asText(), text(choice, "title")));
                }
                return OptionSource.fixed(options);
            }
            return null;
        }

        private VisibilityCondition condition(JsonNode node, String pointer) {
            JsonNode spec = node.path("x-visible-when");
            if (!spec.isObject()) {
                return null;
            }
            List<JsonNode> values = new ArrayList<>();
            if (spec.has("equals")) {
                values.add(spec.path("equals"));
            }
            spec.path("in").forEach(values::add);
            return new VisibilityCondition(spec.path("field").asText(""), values);
        }

        /** Checks the references between fields once the whole tree is known. */
        void checkReferences(List<Field> steps, FormDefinition.Metadata metadata) {
            for (Map.Entry<Field, String> entry : pointers.entrySet()) {
                Field field = entry.getKey();
                String pointer = entry.getValue();
                if (field.visibleWhen() != null) {
                    String target = field.visibleWhen().field();
                    Field referenced = fieldsByPath.get(target);
                    if (referenced == null || referenced.kind() != FieldKind.VALUE) {
                        problem(pointer + "/x-visible-when/field", "La condizione fa riferimento a un campo inesistente \""
                                + target + "\"");
                    } else if (target.equals(field.path()) || target.startsWith(field.path() + "/")) {
                        problem(pointer + "/x-visible-when/field", "Un campo non può dipendere da sé stesso");
                    }
                }
                if (field.options() != null && field.options().isDataSource()) {
                    field.options().dependsOn().forEach((key, target) -> {
                        Field referenced = fieldsByPath.get(target);
                        if (referenced == null || referenced.kind() != FieldKind.VALUE) {
                            problem(pointer + "/x-options/dependsOn/" + escape(key),
                                    "Le opzioni dipendono da un campo inesistente \"" + target + "\"");
                        }
                    });
                }
            }
            List<String> recipients = metadata.receipt().recipientFields();
            for (int i = 0; i < recipients.size(); i++) {
                Field referenced = fieldsByPath.get(recipients.get(i));
                if (referenced == null || referenced.kind() != FieldKind.VALUE
                        || !EMAIL_FORMATS.contains(String.valueOf(referenced.constraints().format()))) {
                    problem("/x-module/receipt/recipientFields/" + i, "Il destinatario della ricevuta \"" + recipients.get(i)
                            + "\" deve essere un campo con formato email o pec");
                }
            }
        }

        /** The Italian text of a keyword with its translations from {@code x-i18n}. */
        private LocalizedText text(JsonNode node, String keyword) {
            if (!node.path(keyword).isTextual()) {
                return LocalizedText.EMPTY;
            }
            Map<String, String> translations = new LinkedHashMap<>();
            node.path("x-i18n").fields().forEachRemaining(language -> {
                JsonNode translated = language.getValue().path(keyword);
                if (translated.isTextual()) {
                    translations.put(language.getKey(), translated.asText());
                }
            });
            return new LocalizedText(node.path(keyword).asText(), translations);
        }
    }

    private static Integer integer(JsonNode node, String keyword) {
        return node.path(keyword).canConvertToInt() && node.path(keyword).isIntegralNumber()
                ? node.path(keyword).intValue() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object instanceof ObjectNode) {
            object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }

    /** Escapes a property name for use in a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
