package it.modulistica.engine.backoffice;

import static it.modulistica.engine.instance.InstanceConditions.escapeLike;
import static it.modulistica.engine.instance.InstanceConditions.startOf;

import it.modulistica.engine.instance.InstanceConditions;
import it.modulistica.engine.lifecycle.ProtocolEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SQL of a back-office search: the conditions of an {@link OperatorQuery} on the instances of
 * one module in the states operators see, and the columns of a listed instance.
 */
final class OperatorSearch {

    static final String COLUMNS = "i.id, i.form_code, i.number, i.state, i.organisation, i.declarant_name, "
            + "i.declarant_code, i.sent_at, i.updated_at, i.protocol_number, i.protocol_date";
    /** At most this many words of a text filter are used; more would only slow the query down. */
    static final int MAX_WORDS = 8;

    /** The conditions on {@code instance i} but the words. */
    private final String instances;
    /** Whether a state, a number, sending dates or an organisation narrow the search (a tab does not). */
    final boolean narrowed;
    final List<Word> words = new ArrayList<>();
    /**
     * The states of the query's tab when it has more than one and no state is asked for ("concluse":
     * accepted, rejected, archived): the index on the module, the state and the sending time gives
     * each state's instances in order, not the tab's.
     */
    final List<String> tabStates;
    final Map<String, Object> params = new HashMap<>();

    /**
     * A word that must begin one of the instance's terms of {@code kind}; its pattern is the
     * parameter {@code param}.
     */
    record Word(String kind, String param) {

        /** The ids of the module's instances with such a term: one range of the index on the module's words. */
        String ids() {
            return "select distinct t.instance_id" + terms();
        }

        /** The {@code from} and {@code where} of the module's terms of this kind beginning as the word. */
        private String terms() {
            return " from instance_search_term t where t.form_code = :form and t.kind = '" + kind
                    + "' and t.term like :" + param + " escape '!'";
        }

        /**
         * The instance {@code i} is among the word's ids, read once into a hash table: written so that
         * the planner keeps it a filter ({@code is true}: an {@code in} at the top of the conditions
         * would become a join), which a walk through an index holding the state and the deletion
         * checks without reading the instances.
         */
        String hashed() {
            return "(i.id in (select t.instance_id" + terms() + ")) is true";
        }

        /**
         * The instance {@code i} has such a term: a probe of its own terms (the primary key begins with
         * the instance), for a walk through the instances in the order listed.
         */
        String probe() {
            return "exists (select 1 from instance_search_term t where t.instance_id = i.id and t.kind = '" + kind
                    + "' and t.term like :" + param + " escape '!')";
        }
    }

    /** How the words are looked up. */
    enum Lookup {
        /**
         * The driving word's ids are read first (an array, which the planner cannot turn into a walk
         * through the module) and their instances fetched by id; the other words are probed.
         */
        IDS_FIRST,
        /** Each word's ids joined with the instances as the database plans it. */
        PLANNED,
        /**
         * The driving word's ids are read into a hash table and the instances walked in the order
         * listed, checked against it (for the default order the walk reads the index on the module
         * and the sending time alone, which holds the state and the deletion); the other words are
         * probed on the instances found.
         */
        HASHED,
        /**
         * The instances are walked in the order listed and each one's words probed: for a common word
         * the page fills after a few hundred instances.
         */
        PROBE
    }

    /**
     * @param visible  the states of the module operators see; not empty
     * @param tabStates the states of the query's tab, {@code null} when it names no tab
     * @param routed   the routed instances the caller sees, {@code null} for all of them
     */
    OperatorSearch(OperatorQuery query, List<String> visible, List<String> tabStates, OperatorInstances.Routed routed) {
        List<String> conditions = new ArrayList<>(List.of("i.form_code = :form", "i.deleted_at is null",
                "i.state in (:visible)"));
        params.put("form", query.formCode());
        params.put("visible", visible);
        if (routed != null) {
            conditions.add(routed.condition(params));
        }
        this.tabStates = tabStates != null && tabStates.size() > 1 && query.state() == null ? List.copyOf(tabStates)
                : List.of();
        if (tabStates != null) {
            conditions.add("i.state in (:tabStates)");
            params.put("tabStates", tabStates.isEmpty() ? List.of("") : tabStates);
        }
        int unnarrowed = conditions.size();
        if (query.state() != null) {
            conditions.add("i.state = :state");
            params.put("state", query.state());
        }
        if (query.number() != null && !query.number().isBlank()) {
            // The number an operator searches for may be the instance's or the protocol register's.
            conditions.add(InstanceConditions.numberContains(query.number(), params, "i.number", "i.protocol_number"));
        }
        if (query.sentFrom() != null) {
            conditions.add("i.sent_at >= :sentFrom");
            params.put("sentFrom", startOf(query.sentFrom()));
        }
        if (query.sentTo() != null) {
            conditions.add("i.sent_at < :sentBefore");
            params.put("sentBefore", startOf(query.sentTo().plusDays(1)));
        }
        if (query.organisation() != null && !query.organisation().isBlank()) {
            conditions.add("i.organisation = :organisation");
            params.put("organisation", query.organisation().strip());
        }
        this.narrowed = conditions.size() > unnarrowed;
        this.instances = String.join(" and ", conditions);
        words(SearchIndex.TEXT, query.text());
        words(SearchIndex.DECLARANT, query.declarant());
    }

    /** Each word must begin one of the instance's terms of this kind. */
    private void words(String kind, String text) {
        List<String> found = SearchIndex.words(text);
        for (int n = 0; n < Math.min(found.size(), MAX_WORDS); n++) {
            Word word = new Word(kind, kind + n);
            words.add(word);
            params.put(word.param(), escapeLike(found.get(n)) + "%");
        }
    }

    /** The query's {@code from} and {@code where}: its words looked up as the database plans it. */
    String where() {
        return where(Lookup.PLANNED, null);
    }

    /**
     * The query's {@code from} and {@code where}, its words looked up as {@code lookup} says.
     *
     * @param driver the word read first by {@code IDS_FIRST} or {@code HASHED} (one of {@link #words});
     *               otherwise unused
     */
    String where(Lookup lookup, Word driver) {
        List<String> conditions = new ArrayList<>(List.of(instances));
        for (Word word : words) {
            conditions.add(switch (lookup) {
                case IDS_FIRST -> word.equals(driver) ? "i.id = any(array(" + word.ids() + "))" : word.probe();
                case HASHED -> word.equals(driver) ? word.hashed() : word.probe();
                case PLANNED -> "i.id in (" + word.ids() + ")";
                case PROBE -> word.probe();
            });
        }
        return " from instance i where " + String.join(" and ", conditions);
    }

    static OperatorSummary summary(ResultSet row, Function<String, String> tabOf) throws SQLException {
        String state = row.getString("state");
        return new OperatorSummary(row.getObject("id", UUID.class), row.getString("form_code"),
                row.getString("number"), state, tabOf.apply(state), row.getString("organisation"),
                row.getString("declarant_name"), row.getString("declarant_code"), instant(row, "sent_at"),
                instant(row, "updated_at"), protocol(row));
    }

    private static ProtocolEntry protocol(ResultSet row) throws SQLException {
        String number = row.getString("protocol_number");
        return number == null ? null : new ProtocolEntry(number, row.getDate("protocol_date").toLocalDate());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
