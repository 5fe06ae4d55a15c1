package it.modulistica.engine.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.workflow.State;
import it.modulistica.workflow.WorkflowDefinition;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators see of the modules they work on: the instances in the states their workflow puts
 * in a back-office tab (never drafts), searched, sorted and paged by the database; counts per tab;
 * the statistics; and the rows of an export, streamed.
 *
 * <p>A module the caller is not an operator of is reported as {@link ModuleNotFound}, like a module
 * that does not exist: operators of another category learn nothing of its instances. Of a module
 * that routes its instances by their data ({@code x-module.routing}) an operator of a category sees
 * only the instances routed to it, in every list, count, statistic and export.
 */
@Transactional(readOnly = true)
public class OperatorInstances {

    /** Rows fetched at a time by an export, so a large module is never held in memory whole. */
    static final int EXPORT_FETCH_SIZE = 200;
    /** The statistics count the instances sent per day over this many days, today included. */
    public static final int STATISTICS_DAYS = 90;

    private final Function<String, Optional<FormDefinition>> forms;
    private final Function<String, Optional<WorkflowDefinition>> workflows;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final boolean postgres;
    private final Clock clock;
    private final WordLookup lookup;

    /**
     * Where the searched words change plan, in entries of the module's word index that begin as
     * the search's rarest word does (its ids in the module, or a few more when an instance has
     * several such words).
     *
     * @param idsForPage  up to this many, a page reads the word's ids and sorts their instances (and
     *                    so does the count of a search a state, a number, dates or an organisation
     *                    narrow)
     * @param idsForCount up to this many, the capped count ({@link OperatorPage#WORD_COUNT_CAP}) of a
     *                    search nothing narrows reads the word's ids and fetches their instances by
     *                    id until the cap, in proportion to the ids and never the whole module
     * @param idsHashed   up to this many (beyond the thresholds above), the word's ids are read into
     *                    a hash table and the instances walked in the order listed (or through what
     *                    narrows the search) and checked against it, the page's and the count's walk
     *                    reading an index alone where one holds what is checked; beyond, a page
     *                    walks the instances probing each one's words (or, narrowed, the database
     *                    plans it) and the count is planned by the database (a join that stops at the
     *                    cap)
     */
    public record WordLookup(int idsForPage, int idsForCount, int idsHashed) {

        /** Measured on 1,000,000 instances (docs/performance.md, "Back office at scale"). */
        public static final WordLookup DEFAULT = new WordLookup(2_000, 2_000, 10_000);

        /** The most entries any threshold looks at: a word is counted up to one more. */
        int most() {
            return Math.max(idsHashed, Math.max(idsForPage, idsForCount));
        }
    }

    /**
     * @param forms     the current published definition of a module, by code
     * @param workflows the workflow definition, by code
     * @param dialect   the database's, PostgreSQL or H2
     * @param clock     today's date, for the statistics
     */
    public OperatorInstances(Function<String, Optional<FormDefinition>> forms,
            Function<String, Optional<WorkflowDefinition>> workflows, NamedParameterJdbcOperations operations,
            DataSource dataSource, Dialect dialect, Clock clock) {
        this(forms, workflows, operations, dataSource, dialect, clock, WordLookup.DEFAULT);
    }

    /** As the other constructor, with where the searched words change plan. */
    public OperatorInstances(Function<String, Optional<FormDefinition>> forms,
            Function<String, Optional<WorkflowDefinition>> workflows, NamedParameterJdbcOperations operations,
            DataSource dataSource, Dialect dialect, Clock clock, WordLookup lookup) {
        this.lookup = lookup;
        this.postgres = dialect instanceof PostgresDialect;
        this.clock = clock;
        this.forms = forms;
        this.workflows = workflows;
        this.jdbc = JdbcClient.create(operations);
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
    }

    /**
     * A module the caller works on, with its workflow and, for a module that routes its instances by
     * their data, which of them the caller sees.
     *
     * @param routed {@code null} when the caller sees all the module's instances
     */
    public record Module(FormDefinition definition, WorkflowDefinition workflow, Routed routed) {

        String tabOf(String state) {
            return workflow.state(state).map(State::backofficeTab).orElse(null);
        }

        /** The condition on {@code instance i} of the instances the caller sees, {@code ""} for all. */
        String visible(Map<String, Object> params) {
            return routed == null ? "" : " and " + routed.condition(params);
        }
    }

    /**
     * The instances of a routed module an operator sees: those routed to one of {@code categories},
     * and those routed nowhere (sent with the field empty) when {@code unrouted}.
     */
    public record Routed(List<String> categories, boolean unrouted) {

        public Routed {
            categories = List.copyOf(categories);
        }

        String condition(Map<String, Object> params) {
            if (categories.isEmpty()) {
                return "i.routing_category is null";
            }
            params.put("routedTo", categories);
            return unrouted ? "(i.routing_category in (:routedTo) or i.routing_category is null)"
                    : "i.routing_category in (:routedTo)";
        }

        /** The same condition on the counts' rows, whose routing key is {@code ''} for none. */
        String tallyCondition(Map<String, Object> params) {
            if (categories.isEmpty()) {
                return "routing_key = ''";
            }
            params.put("routedTo", categories);
            return unrouted ? "routing_key in ('', :routedTo)" : "routing_key in (:routedTo)";
        }
    }

    /**
     * The module {@code formCode} and its workflow, when the caller is an operator of it: of its
     * category or code, or, when it routes its instances by their data ({@code x-module.routing}), of
     * a category its instances went to or its field offers.
     *
     * @throws ModuleNotFound when it is not published or the caller does not work on it
     */
    public Module module(Caller caller, String formCode) {
        FormDefinition definition = forms.apply(formCode).orElseThrow(() -> new ModuleNotFound(formCode));
        boolean whole = caller.operatorAccess().covers(definition.category(), definition.code());
        Routed routed = null;
        if (definition.routing().isPresent()) {
            Set<String> known = new TreeSet<>(routedCategories(formCode));
            known.addAll(definition.routing().get().declaredCategories(definition));
            List<String> covered = known.stream()
                    .filter(category -> caller.operatorAccess().coversRouted(category, formCode)).toList();
            if (!whole && covered.isEmpty()) {
                throw new ModuleNotFound(formCode);
            }
            if (!whole || covered.size() < known.size()) {
                routed = new Routed(covered, whole);
            }
        } else if (!whole) {
            throw new ModuleNotFound(formCode);
        }
        WorkflowDefinition workflow = workflows.apply(definition.workflow()).orElseThrow(() -> new IllegalStateException(
                "Workflow " + definition.workflow() + " of module " + definition + " is not available"));
        return new Module(definition, workflow, routed);
    }

    /** The categories the module's instances were routed to, one index probe each (a loose index scan). */
    private List<String> routedCategories(String formCode) {
        return jdbc.sql("""
                        with recursive found (code) as (
                            select min(i.routing_category) from instance i
                            where i.form_code = :form and i.routing_category is not null
                            union all
                            select (select min(i.routing_category) from instance i
                                    where i.form_code = :form and i.routing_category > found.code)
                            from found where found.code is not null)
                        select code from found where code is not null""")
                .param("form", formCode)
                .query(String.class)
                .list();
    }

    /**
     * One page of the module's instances matching {@code query}: the page after or before its cursor
     * (keyset paging, as deep as it goes at the cost of the first page), else its page number.
     */
    public OperatorPage search(Caller caller, OperatorQuery query) {
        Module module = module(caller, query.formCode());
        Optional<OperatorSearch> search = search(module, query);
        if (search.isEmpty()) {
            return new OperatorPage(List.of(), query.page(), query.size(), 0);
        }
        OperatorSearch sql = search.get();
        customPlans();
        Driver driver = driver(sql);
        long cap = driver == null ? OperatorPage.COUNT_CAP : OperatorPage.WORD_COUNT_CAP;
        // A search narrowed by a state, a number, dates or an organisation has a few instances to check
        // the words on, which an index gives in range (a common word's ids are then too many to fetch).
        OperatorSearch.Lookup counting = driver == null ? OperatorSearch.Lookup.PLANNED
                : driver.entries() <= (sql.narrowed ? lookup.idsForPage() : lookup.idsForCount())
                        ? OperatorSearch.Lookup.IDS_FIRST
                : driver.entries() <= lookup.idsHashed() ? OperatorSearch.Lookup.HASHED : OperatorSearch.Lookup.PLANNED;
        long total = cappedCount(sql.where(counting, driver == null ? null : driver.word()), sql.params, cap);
        OperatorSearch.Lookup words = driver == null ? OperatorSearch.Lookup.PLANNED
                : driver.entries() <= lookup.idsForPage() ? OperatorSearch.Lookup.IDS_FIRST
                : driver.entries() <= lookup.idsHashed() ? OperatorSearch.Lookup.HASHED
                : sql.narrowed ? OperatorSearch.Lookup.PLANNED : OperatorSearch.Lookup.PROBE;
        String where = sql.where(words, driver == null ? null : driver.word());
        // Newest first in a tab of several states: each state's instances in order from the index, merged.
        List<String> merged = query.sort().key() == OperatorSort.Key.SENT_AT
                && (driver == null || words == OperatorSearch.Lookup.PROBE) ? sql.tabStates : List.of();
        boolean backwards = query.before() != null;
        OperatorCursor cursor = backwards ? query.before() : query.after();
        boolean downwards = query.sort().descending() != backwards;
        Map<String, Object> params = new HashMap<>(sql.params);
        List<String> parts = cursor == null ? List.of("") : query.sort().after(cursor, downwards, params);
        long offset = cursor == null ? (long) query.page() * query.size() : 0;
        List<OperatorSummary> items = new ArrayList<>();
        // The part after the cursor first; the next part only when the page is not full yet.
        for (String part : parts) {
            int wanted = query.size() + 1 - items.size();
            if (wanted <= 0) {
                break;
            }
            String select = "select " + OperatorSearch.COLUMNS + where + (part.isEmpty() ? "" : " and " + part);
            String order = " order by " + query.sort().orderBy(downwards);
            for (int n = 0; n < merged.size(); n++) {
                params.put("merged" + n, merged.get(n));
            }
            String page;
            if (words == OperatorSearch.Lookup.HASHED) {
                // The page's ids first, from a walk that needs no instance's row where an index holds
                // what is checked, then their rows.
                page = "select " + OperatorSearch.COLUMNS + " from instance i where i.id in (select i.id" + where
                        + (part.isEmpty() ? "" : " and " + part) + order + " limit :size offset :offset)" + order;
            } else {
                page = (merged.isEmpty() ? select + order : "select * from (" + IntStream.range(0, merged.size())
                        .mapToObj(n -> "(" + select + " and i.state = :merged" + n + order + " limit :branch)")
                        .collect(Collectors.joining(" union all ")) + ") i" + order) + " limit :size offset :offset";
            }
            items.addAll(jdbc.sql(page)
                    .params(params)
                    .param("size", wanted)
                    .param("offset", offset)
                    .param("branch", wanted + offset)
                    .query((row, n) -> OperatorSearch.summary(row, module::tabOf))
                    .list());
        }
        boolean more = items.size() > query.size();
        if (more) {
            items.remove(items.size() - 1);
        }
        if (backwards) {
            Collections.reverse(items);
        }
        boolean hasNext = backwards || more;
        boolean hasPrevious = backwards ? more : cursor != null || offset > 0;
        return new OperatorPage(items, query.page(), query.size(), total,
                hasNext && !items.isEmpty() ? query.sort().cursorOf(items.get(items.size() - 1)) : null,
                hasPrevious && !items.isEmpty() ? query.sort().cursorOf(items.get(0)) : null, cap);
    }

    /**
     * On PostgreSQL, plans this transaction's queries for their values, without parallel workers.
     * The driver prepares a query run often on a connection, and the server may then keep one
     * generic plan for any value: a
     * plan that cannot use the word index for {@code term like 'abc%'} (the pattern is unknown when
     * planning) and walks the whole module by date for a rare word. Planning takes a millisecond.
     */
    private void customPlans() {
        if (postgres) {
            // Nor in parallel: the pages stop after a few rows and the counts at a cap, and starting
            // workers on a busy server took longer than the query (a common word's page: 290 ms of
            // 320 ms waiting for the workers at a load average of 8 on 2 cores).
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                    + "set_config('max_parallel_workers_per_gather', '0', true)").query((row, n) -> n).list();
        }
    }

    /** The search's rarest word and how many entries of the module's word index begin so. */
    private record Driver(OperatorSearch.Word word, long entries) {
    }

    /**
     * The rarest of the search's words in the module, each counted in the word index up to the
     * thresholds of {@link WordLookup} (an index range, at most a few milliseconds); {@code null}
     * without words.
     */
    private Driver driver(OperatorSearch sql) {
        Driver rarest = null;
        for (OperatorSearch.Word word : sql.words) {
            long most = rarest == null ? lookup.most() + 1L : rarest.entries();
            long entries = jdbc.sql("select count(*) from (select 1 as found from instance_search_term t "
                            + "where t.form_code = :form and t.kind = '" + word.kind() + "' and t.term like :"
                            + word.param() + " escape '!' limit :most) counted")
                    .params(sql.params).param("most", most).query(Long.class).single();
            if (rarest == null || entries < rarest.entries()) {
                rarest = new Driver(word, entries);
            }
        }
        return rarest;
    }

    private long cappedCount(String where, Map<String, Object> params, long cap) {
        return jdbc.sql("select count(*) from (select 1 as found" + where + " limit :cap) capped")
                .params(params).param("cap", cap + 1).query(Long.class).single();
    }

    /**
     * How many of the module's instances each back-office tab holds, in the tabs' order, zeros
     * included: the sums of the counts the writes keep, a few dozen rows whatever the module holds.
     */
    public Map<String, Long> countsByTab(Caller caller, String formCode) {
        Module module = module(caller, formCode);
        Map<String, Long> byState = countsByState(module, formCode);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String tab : WorkflowDefinition.BACKOFFICE_TABS) {
            counts.put(tab, module.workflow().statesInBackofficeTab(tab).stream()
                    .mapToLong(state -> byState.getOrDefault(state, 0L)).sum());
        }
        return counts;
    }

    /**
     * How many of the module's instances the caller sees are in each state operators see (states
     * without any left out), from the counts the writes keep
     * ({@link it.modulistica.engine.instance.InstanceTallies}).
     */
    private Map<String, Long> countsByState(Module module, String formCode) {
        List<String> visible = module.workflow().backofficeStates();
        Map<String, Long> counts = new HashMap<>();
        if (visible.isEmpty()) {
            return counts;
        }
        Map<String, Object> params = new HashMap<>(Map.of("form", formCode, "visible", visible));
        jdbc.sql("""
                        select state, sum(n) as n from instance_state_tally
                        where form_code = :form and state in (:visible)%s
                        group by state""".formatted(tallied(module, params)))
                .params(params)
                .query(row -> {
                    counts.put(row.getString("state"), row.getLong("n"));
                });
        return counts;
    }

    /** The condition on the counts' rows of those the caller sees, {@code ""} for all. */
    private static String tallied(Module module, Map<String, Object> params) {
        return module.routed() == null ? "" : " and " + module.routed().tallyCondition(params);
    }

    /**
     * The codes of the organisations the module's instances operators see are filed for, in order,
     * at most {@code limit} of them: a module open to every comune has thousands, too many to offer
     * as choices (the page then asks for the code), and each costs an index probe.
     */
    public List<String> organisations(Caller caller, String formCode, int limit) {
        Module module = module(caller, formCode);
        List<String> visible = module.workflow().backofficeStates();
        // One index probe per organisation (a loose index scan), instead of reading every instance; the
        // probes come in ascending order, so the limit stops them (an "order by" would run them all first).
        Map<String, Object> params = new HashMap<>(Map.of("form", formCode, "visible", visible, "limit", limit));
        String routed = module.visible(params);
        return visible.isEmpty() ? List.of() : jdbc.sql("""
                        with recursive found (code) as (
                            select min(i.organisation) from instance i
                            where i.form_code = :form and i.organisation is not null
                              and i.deleted_at is null and i.state in (:visible)%1$s
                            union all
                            select (select min(i.organisation) from instance i
                                    where i.form_code = :form and i.organisation > found.code
                                      and i.deleted_at is null and i.state in (:visible)%1$s)
                            from found where found.code is not null)
                        select code from found where code is not null limit :limit""".formatted(routed))
                .params(params)
                .query(String.class)
                .list().stream().sorted().toList();
    }

    /**
     * The module's instances by state and sent per day (Europe/Rome) over the last
     * {@value #STATISTICS_DAYS} days, read from the counts the writes keep
     * ({@link it.modulistica.engine.instance.InstanceTallies}): a few dozen rows whatever the module holds.
     */
    public ModuleStatistics statistics(Caller caller, String formCode) {
        Module module = module(caller, formCode);
        List<String> visible = module.workflow().backofficeStates();
        LocalDate since = LocalDate.now(clock.withZone(OpeningWindow.ZONE)).minusDays(STATISTICS_DAYS - 1);
        if (visible.isEmpty()) {
            return new ModuleStatistics(formCode, List.of(), since, List.of());
        }
        Map<String, Long> byState = countsByState(module, formCode);
        List<ModuleStatistics.StateCount> states = visible.stream()
                .map(state -> new ModuleStatistics.StateCount(state, byState.getOrDefault(state, 0L))).toList();
        Map<String, Object> params = new HashMap<>(Map.of("form", formCode, "since", since));
        List<ModuleStatistics.DayCount> days = jdbc.sql("""
                        select sent_day, sum(n) as n from instance_day_tally
                        where form_code = :form and sent_day >= :since%s
                        group by sent_day having sum(n) > 0
                        order by sent_day""".formatted(tallied(module, params)))
                .params(params)
                .query((row, n) -> new ModuleStatistics.DayCount(row.getObject("sent_day", Date.class).toLocalDate(),
                        row.getLong("n")))
                .list();
        return new ModuleStatistics(formCode, states, since, days);
    }

    /**
     * Hands every instance matching {@code query} (its sort, not its paging) to {@code rows}, with
     * the data it was sent with, reading a few rows at a time.
     *
     * @return how many rows were handed over
     */
    public long export(Caller caller, OperatorQuery query, Consumer<ExportedInstance> rows) {
        Module module = module(caller, query.formCode());
        Optional<OperatorSearch> search = search(module, query);
        if (search.isEmpty()) {
            return 0;
        }
        OperatorSearch sql = search.get();
        customPlans();
        long count = 0;
        try (Stream<ExportedInstance> stream = streaming.queryForStream("select " + OperatorSearch.COLUMNS
                        + ", i.frozen_data, i.data" + sql.where() + " order by " + query.sort().orderBy(), sql.params,
                (row, n) -> new ExportedInstance(OperatorSearch.summary(row, module::tabOf),
                        object(row.getString("frozen_data") != null ? row.getString("frozen_data")
                                : row.getString("data"))))) {
            for (ExportedInstance row : (Iterable<ExportedInstance>) stream::iterator) {
                rows.accept(row);
                count++;
            }
        }
        return count;
    }

    /** The SQL of the query; empty when nothing can match (a workflow that shows operators no state). */
    private static Optional<OperatorSearch> search(Module module, OperatorQuery query) {
        List<String> visible = module.workflow().backofficeStates();
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        List<String> tabStates = query.backofficeTab() == null ? null
                : module.workflow().statesInBackofficeTab(query.backofficeTab());
        return Optional.of(new OperatorSearch(query, visible, tabStates, module.routed()));
    }

    private static ObjectNode object(String json) {
        JsonNode node = DefinitionJson.parse(json);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalStateException("Instance data is not a JSON object but " + node.getNodeType());
        }
        return object;
    }
}
