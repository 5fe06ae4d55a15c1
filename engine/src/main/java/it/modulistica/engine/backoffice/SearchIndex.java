package it.modulistica.engine.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.CompilerPolicy;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes what the back office searches of an instance, from the data it was sent with: the
 * declarant (the fields the module prefills with the compiler's name and codice fiscale) into the
 * instance's columns, and the words of the fields marked {@code x-searchable} (in every row of a
 * repeatable group) into {@code instance_search_term}, with the instance's module (an instance never
 * changes module), so a word is looked up in one module's range of the index. Called in the
 * transaction that sends it ({@link #writeTerms}: the send writes the declarant with its own update
 * of the instance row), and for instances sent before the index existed ({@link #write}).
 */
public final class SearchIndex {

    /** The kind of the terms of the {@code x-searchable} fields. */
    public static final String TEXT = "text";
    /** The kind of the terms of the declarant's name and codice fiscale. */
    public static final String DECLARANT = "declarant";
    static final int MAX_TERM = 100;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final NamedParameterJdbcOperations operations;
    private final JdbcClient jdbc;

    public SearchIndex(NamedParameterJdbcOperations operations) {
        this.operations = operations;
        this.jdbc = JdbcClient.create(operations);
    }

    /** Replaces the declarant and the search terms of a stored instance with those of its data. */
    public void write(Instance instance, FormDefinition definition) {
        Declarant declarant = writeTerms(instance, definition);
        jdbc.sql("update instance set declarant_name = :name, declarant_code = :code where id = :id")
                .param("name", declarant.name())
                .param("code", declarant.code())
                .param("id", instance.id())
                .update();
    }

    /**
     * Replaces the search terms of a stored instance with those of its data, and says who declared,
     * for the caller to write into the instance's columns with the instance row's own update
     * ({@link it.modulistica.engine.instance.InstanceRows#saveDeclared}).
     */
    public Declarant writeTerms(Instance instance, FormDefinition definition) {
        Terms terms = terms(definition, instance.frozenData().map(JsonNode.class::cast).orElseGet(instance::data));
        jdbc.sql("delete from instance_search_term where instance_id = :id").param("id", instance.id()).update();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        terms.text().forEach(term -> rows.add(row(instance, TEXT, term)));
        terms.declared().forEach(term -> rows.add(row(instance, DECLARANT, term)));
        if (!rows.isEmpty()) {
            // One round trip for all the terms of the instance, inside the sending transaction.
            operations.batchUpdate("insert into instance_search_term (instance_id, form_code, kind, term) "
                    + "values (:id, :form, :kind, :term)", rows.toArray(MapSqlParameterSource[]::new));
        }
        return terms.declarant();
    }

    private static MapSqlParameterSource row(Instance instance, String kind, String term) {
        return new MapSqlParameterSource().addValue("id", instance.id()).addValue("form", instance.definition().code())
                .addValue("kind", kind).addValue("term", term);
    }

    /**
     * What the back office searches of an instance of {@code definition} sent with {@code data}.
     *
     * @param declarant the declarant's name and codice fiscale, for the instance's columns
     * @param text      the terms of kind {@code text}: the words of the {@code x-searchable} fields
     * @param declared  the terms of kind {@code declarant}: the words of the declarant's name and code
     */
    public record Terms(Declarant declarant, Set<String> text, Set<String> declared) {
    }

    /** The declarant and the search terms of {@code data}, as {@link #write} stores them. */
    public static Terms terms(FormDefinition definition, JsonNode data) {
        Declarant declarant = declarant(definition.compilers(), data);
        Set<String> text = new LinkedHashSet<>();
        definition.allFields().stream().filter(field -> field.searchable() && field.holdsData())
                .forEach(field -> values(data, field.path()).forEach(value -> text.addAll(words(value))));
        Set<String> declared = new LinkedHashSet<>(words(declarant.name()));
        declared.addAll(words(declarant.code()));
        return new Terms(declarant, text, declared);
    }

    /** Who declared: a name and a codice fiscale, each {@code null} when the module does not prefill it. */
    public record Declarant(String name, String code) {
    }

    static Declarant declarant(CompilerPolicy policy, JsonNode data) {
        Map<String, String> byAttribute = new HashMap<>();
        policy.prefill().forEach((pointer, attribute) -> {
            JsonNode value = data.at(pointer);
            if (value.isTextual() && !value.asText().isBlank()) {
                byAttribute.put(attribute, value.asText().strip());
            }
        });
        String name = byAttribute.get("fullName");
        if (name == null) {
            String joined = (byAttribute.getOrDefault("firstName", "") + " " + byAttribute.getOrDefault("lastName", ""))
                    .strip();
            name = joined.isEmpty() ? null : joined;
        }
        String code = byAttribute.get("codiceFiscale");
        return new Declarant(limit(name, 255), code == null ? null : limit(code.toUpperCase(Locale.ROOT), 32));
    }

    /**
     * The words of a text as stored and searched: lower case, without accents, split at anything
     * that is not a letter or a digit, each cut to {@value #MAX_TERM} characters.
     */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_WORD.split(plain)).filter(word -> !word.isEmpty())
                .map(word -> limit(word, MAX_TERM)).distinct().toList();
    }

    /** The scalar values at a data path, every row of a group ({@code *}) included, as texts. */
    static List<String> values(JsonNode data, String path) {
        List<JsonNode> nodes = new ArrayList<>(List.of(data));
        for (String segment : path.substring(1).split("/")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : nodes) {
                if (segment.equals("*")) {
                    node.forEach(next::add);
                } else {
                    JsonNode child = node.get(segment.replace("~1", "/").replace("~0", "~"));
                    if (child != null) {
                        next.add(child);
                    }
                }
            }
            nodes = next;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode node : nodes) {
            if (node.isArray()) {
                node.forEach(item -> scalar(item, values));
            } else {
                scalar(node, values);
            }
        }
        return values;
    }

    private static void scalar(JsonNode node, List<String> values) {
        if (node.isValueNode() && !node.isNull()) {
            values.add(node.asText());
        }
    }

    private static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
