package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One version of a module, read from its {@code form.json} and checked. Immutable: a changed file
 * is a new {@code FormDefinition}. The steps are the top-level properties of the data schema, in
 * order.
 *
 * <p>{@code sha256} is the hash of the canonical content (the JSON re-serialised compactly, keys in
 * file order), so white-space edits do not count as a change. {@link #content()} is that canonical
 * JSON, the text stored with each published version.
 */
public final class FormDefinition {

    private final String code;
    private final String version;
    private final LocalizedText title;
    private final LocalizedText description;
    private final String category;
    private final String workflow;
    private final String numbering;
    private final OpeningWindow window;
    private final ReceiptSettings receipt;
    private final NotificationSettings notification;
    private final CompilerPolicy compilers;
    private final List<ProcessingTime> processingTimes;
    private final OrganisationPolicy organisations;
    private final Long attachmentsMaxTotalSize;
    private final List<Field> steps;
    private final List<Rule> rules;
    private final String content;
    private final String sha256;
    private final Map<String, Field> byPath;
    private final RegistrationPolicy registration;
    private final Routing routing;

    public FormDefinition(Metadata metadata, List<Field> steps, String content, String sha256) {
        this(metadata, steps, List.of(), content, sha256);
    }

    public FormDefinition(Metadata metadata, List<Field> steps, List<Rule> rules, String content, String sha256) {
        this.code = metadata.code();
        this.version = metadata.version();
        this.title = metadata.title();
        this.description = metadata.description();
        this.category = metadata.category();
        this.workflow = metadata.workflow();
        this.numbering = metadata.numbering();
        this.window = metadata.window();
        this.receipt = metadata.receipt();
        this.notification = metadata.notification();
        this.compilers = metadata.compilers();
        this.processingTimes = metadata.processingTimes();
        this.organisations = metadata.organisations();
        this.attachmentsMaxTotalSize = metadata.attachmentsMaxTotalSize();
        this.steps = List.copyOf(steps);
        this.rules = List.copyOf(rules);
        this.content = Objects.requireNonNull(content, "content");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        Map<String, Field> index = new HashMap<>();
        steps.forEach(step -> indexFields(step, index));
        this.byPath = Map.copyOf(index);
        JsonNode module = DefinitionJson.parse(content).path("x-module");
        this.registration = RegistrationPolicy.read(module).orElse(null);
        this.routing = Routing.read(module).orElse(null);
    }

    /**
     * The module-level settings of {@code x-module} plus the root title and description.
     *
     * @param attachmentsMaxTotalSize the largest total size of the files of one instance in bytes
     *                                ({@code x-module.attachments.maxTotalSize}), {@code null} for
     *                                no limit but the platform's
     */
    public record Metadata(
            String code,
            String version,
            LocalizedText title,
            LocalizedText description,
            String category,
            String workflow,
            String numbering,
            OpeningWindow window,
            ReceiptSettings receipt,
            NotificationSettings notification,
            CompilerPolicy compilers,
            List<ProcessingTime> processingTimes,
            OrganisationPolicy organisations,
            Long attachmentsMaxTotalSize) {

        public Metadata {
            processingTimes = List.copyOf(processingTimes);
        }
    }

    private static void indexFields(Field field, Map<String, Field> index) {
        index.put(field.path(), field);
        field.children().forEach(child -> indexFields(child, index));
    }

    public String code() {
        return code;
    }

    public String version() {
        return version;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    public String category() {
        return category;
    }

    public String workflow() {
        return workflow;
    }

    public String numbering() {
        return numbering;
    }

    public OpeningWindow window() {
        return window;
    }

    public ReceiptSettings receipt() {
        return receipt;
    }

    /** Who the workflow's notices ({@code notify-owner}) go to. */
    public NotificationSettings notification() {
        return notification;
    }

    public CompilerPolicy compilers() {
        return compilers;
    }

    /** The processing times announced on sending ({@code x-module.processingTimes}), in order. */
    public List<ProcessingTime> processingTimes() {
        return processingTimes;
    }

    /** The organisations the module is for ({@code x-module.organisations}). */
    public OrganisationPolicy organisations() {
        return organisations;
    }

    /**
     * Whether the node at a concrete data pointer ({@code /figli/0/certificato}) is shown for the
     * data: its own {@code x-visible-when} and those of the sections and groups around it hold,
     * each with the rows of the pointer. False for a pointer that names no field.
     */
    public boolean isShown(String pointer, JsonNode data, java.time.LocalDate today) {
        String[] tokens = pointer.substring(1).split("/", -1);
        StringBuilder path = new StringBuilder();
        int[] rows = new int[0];
        for (String token : tokens) {
            if (token.matches("\\d{1,6}") && path.length() > 0) {
                rows = java.util.Arrays.copyOf(rows, rows.length + 1);
                rows[rows.length - 1] = Integer.parseInt(token);
                path.append("/*");
                continue;
            }
            path.append('/').append(token);
            Field field = byPath.get(path.toString());
            if (field == null) {
                return false;
            }
            if (field.visibleWhen() != null && !field.visibleWhen().holds(data, rows, today)) {
                return false;
            }
        }
        return true;
    }

    /** The rules across fields ({@code x-rules}), in order. */
    public List<Rule> rules() {
        return rules;
    }

    public List<Field> steps() {
        return steps;
    }

    /** The largest total size of the files of one instance, in bytes, when the module sets one. */
    public OptionalLong attachmentsMaxTotalSize() {
        return attachmentsMaxTotalSize == null ? OptionalLong.empty() : OptionalLong.of(attachmentsMaxTotalSize);
    }

    /** The file fields, depth first, in declaration order. */
    public List<Field> fileFields() {
        return allFields().stream().filter(Field::isFile).toList();
    }

    /** The canonical JSON text of the definition. */
    public String content() {
        return content;
    }

    public String sha256() {
        return sha256;
    }

    /**
     * The field at a data path, rows of groups written as {@code *}: {@code /utenti/*}{@code /nome}.
     * Concrete pointers with row numbers ({@code /utenti/0/nome}) are accepted too.
     */
    public Optional<Field> field(String path) {
        Field direct = byPath.get(path);
        if (direct != null) {
            return Optional.of(direct);
        }
        return Optional.ofNullable(byPath.get(path.replaceAll("/\\d+(?=/|$)", "/*")));
    }

    /** Every field of the tree, depth first, in declaration order. */
    public List<Field> allFields() {
        List<Field> all = new java.util.ArrayList<>();
        steps.forEach(step -> collect(step, all));
        return all;
    }

    private static void collect(Field field, List<Field> all) {
        all.add(field);
        field.children().forEach(child -> collect(child, all));
    }

    /** Where the module's instances are delivered for registration ({@code x-module.registration}), if anywhere. */
    public Optional<RegistrationPolicy> registration() {
        return Optional.ofNullable(registration);
    }

    /**
     * Whether the module's instances go to the operators of a category chosen in their data
     * ({@code x-module.routing}), and which field chooses it.
     */
    public Optional<Routing> routing() {
        return Optional.ofNullable(routing);
    }

    /** Shorthand for the content's JSON tree, parsed on demand. */
    public JsonNode contentTree() {
        return DefinitionJson.parse(content);
    }

    @Override
    public String toString() {
        return code + "@" + version;
    }
}
