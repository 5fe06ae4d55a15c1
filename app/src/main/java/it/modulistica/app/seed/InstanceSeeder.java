package it.modulistica.app.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.backoffice.SearchIndex;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.instance.InstanceTallies;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.numbering.InstanceNumbering;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.Actor;
import it.modulistica.workflow.Effect;
import it.modulistica.workflow.NoteInput;
import it.modulistica.workflow.State;
import it.modulistica.workflow.Transition;
import it.modulistica.workflow.WorkflowDefinition;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes many sent instances of the published modules as the send path leaves them: created by
 * their declarant, taken along the owner's actions to the one that freezes the data, then moved by
 * operators through the back-office tabs; numbered from the modules' counters, data frozen with its
 * SHA-256, declarant and search terms indexed, history recorded. The data is a module's valid
 * example with other people (Italian names, codici fiscali with their check letter) and another
 * comune; dates are spread over the year before now, numbers grow with them. Receipts are not
 * printed. One transaction per {@value #CHUNK} instances.
 */
final class InstanceSeeder {

    static final int CHUNK = 5_000;
    /** Every {@value #SERVICE_SHARE}th instance is filed by this account, which files for many. */
    static final String SERVICE_OWNER = "caf-seed";
    static final int SERVICE_SHARE = 100;
    static final String OPERATOR = "operatore-seed";
    // InstanceLifecycle's name for the creation in the history.
    private static final String CREATION = "creazione";
    private static final Duration YEAR = Duration.ofDays(365);

    static final BulkRows.Table INSTANCE = new BulkRows.Table("instance", "id", "version", "form_version_id",
            "form_code", "form_version", "form_sha256", "owner", "organisation", "state", "data", "created_at",
            "updated_at", "number", "frozen_data", "frozen_sha256", "sent_at", "tab", "declarant_name",
            "declarant_code", "routing_category");
    static final BulkRows.Table HISTORY = new BulkRows.Table("instance_history", "instance_id", "action",
            "from_state", "to_state", "actor", "occurred_at", "note");
    static final BulkRows.Table TERMS = new BulkRows.Table("instance_search_term", "instance_id", "form_code", "kind",
            "term");

    private final FormCatalog catalog;
    private final JdbcVersionLedger ledger;
    private final InstanceNumbering numbering;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Function<String, List<ObjectNode>> examples;
    private final boolean postgres;
    private final InstanceTallies tallies;

    /**
     * @param examples the valid examples of a module, by code
     * @param tallies  the counts of sent instances, which the seeded instances add to
     */
    InstanceSeeder(FormCatalog catalog, JdbcVersionLedger ledger, InstanceNumbering numbering, DataSource dataSource,
            TransactionTemplate transactions, Function<String, List<ObjectNode>> examples, boolean postgres,
            InstanceTallies tallies) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.numbering = numbering;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.examples = examples;
        this.postgres = postgres;
        this.tallies = tallies;
    }

    /** A module that can be seeded: published, with examples and a way from creation to sending. */
    record Module(FormDefinition definition, WorkflowDefinition workflow, UUID versionId, List<ObjectNode> examples,
            List<Transition> sendPath, boolean numberedOnCreate, List<Map<String, String>> comuni,
            Map<String, String> nameKeys) {
    }

    /** One instance to write: who, where, when and along which transitions. */
    private record Seeded(UUID id, Module module, ObjectNode data, SeedPeople.Person declarant, String owner,
            String organisation, Instant createdAt, List<Step> steps) {

        Instant sentAt() {
            return steps.get(module.sendPath().size() - 1).at();
        }

        Instant numberedAt() {
            if (module.numberedOnCreate()) {
                return createdAt;
            }
            return steps.stream().filter(step -> step.transition().action().effects().contains(Effect.ASSIGN_NUMBER))
                    .map(Step::at).findFirst().orElse(null);
        }
    }

    private record Step(Transition transition, String actor, Instant at) {
    }

    /** How many instances were written, by module and state. */
    record Summary(Map<String, Map<String, Integer>> byModuleAndState, Duration took) {
    }

    /** The modules that can be seeded, and the problems of those that cannot. */
    List<Module> modules(List<String> skipped) {
        List<Module> modules = new ArrayList<>();
        // The field names modules prefill with a person's name or code ("nome" -> firstName ...), so
        // people are recognised in modules that prefill only the codice fiscale, and in group rows.
        Map<String, String> nameKeys = new HashMap<>();
        catalog.published().forEach(definition -> definition.compilers().prefill().forEach((pointer, attribute) ->
                nameKeys.putIfAbsent(pointer.substring(pointer.lastIndexOf('/') + 1), attribute)));
        List<Map<String, String>> comuni = catalog.dataSources().find("comuni").map(source -> source.items())
                .orElse(List.of());
        for (FormDefinition definition : catalog.published()) {
            Optional<WorkflowDefinition> workflow = catalog.workflow(definition.workflow());
            List<ObjectNode> found = examples.apply(definition.code());
            Optional<List<Transition>> path = workflow.flatMap(InstanceSeeder::sendPath);
            Optional<UUID> version = ledger.findId(definition.code(), definition.version());
            if (workflow.isEmpty() || found.isEmpty() || path.isEmpty() || version.isEmpty()) {
                skipped.add(definition.code() + ": " + (workflow.isEmpty() ? "workflow non disponibile"
                        : found.isEmpty() ? "nessun esempio in examples/valid"
                        : path.isEmpty() ? "nessuna azione del compilatore congela i dati" : "versione non registrata"));
                continue;
            }
            List<Map<String, String>> allowed = comuni.stream()
                    .filter(comune -> definition.organisations().allows(comune.get("istat"))).toList();
            modules.add(new Module(definition, workflow.get(), version.get(), found, path.get(),
                    workflow.get().effectsOnCreate().contains(Effect.ASSIGN_NUMBER), allowed, Map.copyOf(nameKeys)));
        }
        return modules;
    }

    /** Writes {@code count} instances spread over {@code modules}, the same ones for the same {@code seed}. */
    Summary seed(List<Module> modules, int count, long seed, Instant now, PrintStream progress) {
        if (modules.isEmpty()) {
            throw new IllegalStateException("No module can be seeded");
        }
        long started = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Map<String, Integer>> written = new TreeMap<>();
        for (int first = 0; first < count; first += CHUNK) {
            List<Seeded> chunk = new ArrayList<>();
            for (int n = first; n < Math.min(count, first + CHUNK); n++) {
                Instant sent = now.minus(YEAR).plusMillis((long) ((n + random.nextDouble()) * YEAR.toMillis() / count));
                chunk.add(instance(SeedPeople.pick(random, modules), n, sent, now, random));
            }
            transactions.executeWithoutResult(status -> write(chunk));
            chunk.forEach(seeded -> written.computeIfAbsent(seeded.module().definition().code(), code -> new TreeMap<>())
                    .merge(seeded.steps().get(seeded.steps().size() - 1).transition().to(), 1, Integer::sum));
            progress.printf("%,d / %,d%n", Math.min(count, first + CHUNK), count);
        }
        return new Summary(written, Duration.ofNanos(System.nanoTime() - started));
    }

    private Seeded instance(Module module, int index, Instant sent, Instant now, Random random) {
        SeedPeople.Person declarant = SeedPeople.any(random);
        ObjectNode data = SeedPeople.pick(random, module.examples()).deepCopy();
        module.definition().compilers().prefill().keySet().forEach(pointer -> {
            if (data.at(pointer.substring(0, pointer.lastIndexOf('/'))) instanceof ObjectNode holder) {
                person(holder, declarant, module.nameKeys());
            }
        });
        otherPeople(data, module.nameKeys(), random);
        String organisation = null;
        String field = module.definition().compilers().organisationField();
        if (field != null && !module.comuni().isEmpty()) {
            Map<String, String> comune = SeedPeople.pick(random, module.comuni());
            organisation = comune.get("istat");
            set(data, field, organisation);
            set(data, field.substring(0, field.lastIndexOf('/')) + "/provincia", comune.get("provincia"));
        }
        String owner = index % SERVICE_SHARE == 0 ? SERVICE_OWNER : declarant.codiceFiscale();
        Instant created = sent.minusSeconds(600 + random.nextInt(3 * 86_400));
        List<Step> steps = new ArrayList<>();
        Instant at = created;
        for (int n = 0; n < module.sendPath().size(); n++) {
            at = n == module.sendPath().size() - 1 ? sent : at.plusSeconds(1 + random.nextInt(
                    (int) Math.max(1, Duration.between(at, sent).getSeconds() / 2)));
            steps.add(new Step(module.sendPath().get(n), owner, at));
        }
        walkOn(module, steps, now, random);
        return new Seeded(UUID.randomUUID(), module, data, declarant, owner, organisation, created, steps);
    }

    // After sending: none to four more actions of operators (and of the owner, answering them), so
    // the instances spread over the back-office tabs.
    private static void walkOn(Module module, List<Step> steps, Instant now, Random random) {
        int more = new int[] {0, 0, 0, 1, 1, 2, 2, 3, 3, 4}[random.nextInt(10)];
        WorkflowDefinition workflow = module.workflow();
        for (int n = 0; n < more; n++) {
            Step last = steps.get(steps.size() - 1);
            String state = last.transition().to();
            List<Action> possible = workflow.permitted(state, Set.of(Actor.OPERATOR, Actor.OWNER)).stream()
                    .filter(action -> !action.effects().contains(Effect.FREEZE_DATA))
                    .filter(action -> workflow.state(action.to()).map(State::inBackoffice).orElse(false))
                    .toList();
            Instant at = last.at().plusSeconds(3_600 + random.nextInt(15 * 86_400));
            if (possible.isEmpty() || at.isAfter(now)) {
                return;
            }
            Action action = SeedPeople.pick(random, possible);
            String actor = action.actors().contains(Actor.OPERATOR) ? OPERATOR : steps.get(0).actor();
            steps.add(new Step(workflow.transition(state, action.code(), Set.of(Actor.OPERATOR, Actor.OWNER)), actor,
                    at));
        }
    }

    /** The owner's shortest way from the initial state to the action that freezes the data. */
    static Optional<List<Transition>> sendPath(WorkflowDefinition workflow) {
        Map<String, List<Transition>> reached = new LinkedHashMap<>();
        reached.put(workflow.initialState(), List.of());
        Deque<String> next = new ArrayDeque<>(List.of(workflow.initialState()));
        while (!next.isEmpty()) {
            String state = next.poll();
            for (Action action : workflow.permitted(state, Set.of(Actor.OWNER))) {
                List<Transition> path = new ArrayList<>(reached.get(state));
                path.add(workflow.transition(state, action.code(), Set.of(Actor.OWNER)));
                if (action.effects().contains(Effect.FREEZE_DATA)) {
                    return Optional.of(List.copyOf(path));
                }
                if (reached.putIfAbsent(action.to(), path) == null) {
                    next.add(action.to());
                }
            }
        }
        return Optional.empty();
    }

    // Rows of repeatable groups holding the same name fields as the declarant are other people.
    private static void otherPeople(JsonNode node, Map<String, String> nameKeys, Random random) {
        if (node instanceof ArrayNode rows) {
            for (JsonNode row : rows) {
                if (row instanceof ObjectNode object) {
                    person(object, SeedPeople.any(random), nameKeys);
                }
                otherPeople(row, nameKeys, random);
            }
        } else if (node instanceof ObjectNode object) {
            object.elements().forEachRemaining(child -> otherPeople(child, nameKeys, random));
        }
    }

    private static void person(ObjectNode holder, SeedPeople.Person person, Map<String, String> nameKeys) {
        nameKeys.forEach((key, attribute) -> {
            if (holder.get(key) != null && holder.get(key).isTextual()) {
                holder.put(key, switch (attribute) {
                    case "firstName" -> person.firstName();
                    case "lastName" -> person.surname();
                    case "fullName" -> person.fullName();
                    case "codiceFiscale" -> person.codiceFiscale();
                    default -> holder.get(key).asText();
                });
            }
        });
    }

    private static void set(ObjectNode data, String pointer, String value) {
        int slash = pointer.lastIndexOf('/');
        if (value != null && data.at(pointer.substring(0, slash)) instanceof ObjectNode parent) {
            parent.put(pointer.substring(slash + 1), value);
        }
    }

    private void write(List<Seeded> chunk) {
        Map<String, Map<Integer, List<Seeded>>> toNumber = new LinkedHashMap<>();
        for (Seeded seeded : chunk) {
            Instant at = seeded.numberedAt();
            if (at != null) {
                toNumber.computeIfAbsent(seeded.module().definition().code(), code -> new TreeMap<>())
                        .computeIfAbsent(at.atZone(OpeningWindow.ZONE).getYear(), year -> new ArrayList<>()).add(seeded);
            }
        }
        Map<UUID, String> numbers = new HashMap<>();
        toNumber.forEach((code, byYear) -> byYear.forEach((year, seeded) -> {
            List<String> reserved = numbering.reserve(seeded.get(0).module().definition(), year, seeded.size());
            for (int n = 0; n < seeded.size(); n++) {
                numbers.put(seeded.get(n).id(), reserved.get(n));
            }
        }));
        BulkRows rows = new BulkRows(postgres);
        for (Seeded seeded : chunk) {
            rows(seeded, numbers.get(seeded.id()), rows);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            rows.flush(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Seeded instances could not be written: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        InstanceTallies.Changes counted = new InstanceTallies.Changes();
        for (Seeded seeded : chunk) {
            if (seeded.sentAt() != null) {
                counted.add(seeded.id(), seeded.module().definition().code(), routingCategory(seeded),
                        seeded.steps().get(seeded.steps().size() - 1).transition().to(), utc(seeded.sentAt()), 1);
            }
        }
        tallies.write(counted);
    }

    /** The category a routed module's sent instance went to, {@code null} for the module's own. */
    private static String routingCategory(Seeded seeded) {
        return seeded.sentAt() == null ? null : seeded.module().definition().routing()
                .flatMap(routing -> routing.categoryOf(seeded.data())).orElse(null);
    }

    private static void rows(Seeded seeded, String number, BulkRows rows) {
        FormDefinition definition = seeded.module().definition();
        Step last = seeded.steps().get(seeded.steps().size() - 1);
        String state = last.transition().to();
        String frozen = DefinitionJson.canonical(seeded.data());
        SearchIndex.Terms terms = SearchIndex.terms(definition, seeded.data());
        rows.add(INSTANCE, seeded.id(), (long) seeded.steps().size() + 1, seeded.module().versionId(),
                definition.code(), definition.version(), definition.sha256(), seeded.owner(), seeded.organisation(),
                state, frozen, utc(seeded.createdAt()), utc(last.at()), number, frozen, DefinitionJson.sha256(frozen),
                utc(seeded.sentAt()), seeded.module().workflow().state(state).map(State::tab).orElse(null),
                terms.declarant().name(), terms.declarant().code(), routingCategory(seeded));
        rows.add(HISTORY, seeded.id(), CREATION, null, seeded.module().workflow().initialState(), seeded.owner(),
                utc(seeded.createdAt()), null);
        for (Step step : seeded.steps()) {
            Action action = step.transition().action();
            rows.add(HISTORY, seeded.id(), action.code(), step.transition().from(), step.transition().to(),
                    step.actor(), utc(step.at()), action.input().note() == NoteInput.REQUIRED
                            ? "Nota dell'operatore: " + action.label().italian() : null);
        }
        terms.text().forEach(term -> rows.add(TERMS, seeded.id(), definition.code(), SearchIndex.TEXT, term));
        terms.declared().forEach(term -> rows.add(TERMS, seeded.id(), definition.code(), SearchIndex.DECLARANT, term));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
