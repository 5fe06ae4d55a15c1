package it.modulistica.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a workflow definition ({@code forms/workflows/<code>.json}) and checks it, returning every
 * problem found with its JSON pointer: malformed JSON, unknown or missing keys, invalid codes,
 * unknown states, tabs, actors, guards, notes and effects, duplicate states, actions and (state,
 * action) pairs, states unreachable from the initial one or from which no final state is reached,
 * final states left for a state that is not final. A workflow with any problem is not returned.
 * The format is described in {@code docs/workflow.md}.
 */
public final class WorkflowParser {

    /** The pattern of a workflow's code, the same {@code x-module.workflow} must match. */
    public static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    /**
     * Duplicate keys are an error rather than "last one wins": a state block copied without
     * renaming a key would otherwise silently lose a value.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A workflow, or the problems that kept it out. */
    public record Result(Optional<WorkflowDefinition> definition, List<WorkflowProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param file the file name reported in problems, relative to the forms directory
     * @param code the workflow's code (the file name without {@code .json})
     * @param text the file's content
     */
    public Result parse(String file, String code, String text) {
        Objects.requireNonNull(text, "text");
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return failed(file, syntaxError(e));
        }
        if (root == null || !root.isObject()) {
            return failed(file, "Il processo deve essere un oggetto JSON");
        }
        Problems problems = new Problems(file);
        if (!CODE.matcher(code).matches()) {
            problems.add("", "Il nome del file \"" + code + "\" non è un codice di processo valido: lettere minuscole, "
                    + "cifre e trattini (" + CODE.pattern() + ")");
        }
        WorkflowReader.Draft draft = WorkflowReader.read(root, problems);
        WorkflowChecks.check(draft, problems);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        return new Result(Optional.of(draft.definition(code)), List.of());
    }

    private static Result failed(String file, String message) {
        return new Result(Optional.empty(), List.of(new WorkflowProblem(file, "", message)));
    }

    private static String syntaxError(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (riga " + e.getLocation().getLineNr() + ", colonna " + e.getLocation().getColumnNr() + ")";
        return "JSON non valido" + where + ": " + e.getOriginalMessage();
    }
}
