package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.InstanceConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of "Le mie istanze": the caller's instances not deleted, filtered, newest first. */
final class InstanceSearch {

    private static final String STARRED = "exists (select 1 from instance_star s where s.instance_id = i.id "
            + "and s.username = :caller)";

    private final JdbcClient jdbc;
    private final boolean postgres;

    InstanceSearch(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    InstancePage search(String caller, InstanceQuery query) {
        List<String> conditions = new ArrayList<>(List.of("i.owner = :caller", "i.deleted_at is null"));
        Map<String, Object> params = new HashMap<>();
        params.put("caller", caller);
        equal(conditions, params, "tab", query.tab());
        equal(conditions, params, "form_code", query.formCode());
        equal(conditions, params, "state", query.state());
        if (query.number() != null && !query.number().isBlank()) {
            conditions.add(InstanceConditions.numberContains(query.number(), params, "i.number"));
            customPlans();
        }
        if (query.createdFrom() != null) {
            conditions.add("i.created_at >= :createdFrom");
            params.put("createdFrom", InstanceConditions.startOf(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            conditions.add("i.created_at < :createdBefore");
            params.put("createdBefore", InstanceConditions.startOf(query.createdTo().plusDays(1)));
        }
        if (query.starred() != null) {
            conditions.add(query.starred() ? STARRED : "not " + STARRED);
        }
        return page(conditions, params, query.page(), query.size(), query.after(), query.before());
    }

    /**
     * On PostgreSQL, plans the rest of this transaction's queries for their values: a query the driver
     * prepared on a connection may get one generic plan for any value, and for a number's part
     * (a {@code like} whose pattern is then unknown) that plan reads all the owner's instances instead
     * of the number's trigram index (p95 113–280 ms for an owner with 10,000 instances, issue 15).
     */
    private void customPlans() {
        if (postgres) {
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query((row, n) -> n).list();
        }
    }

    /**
     * The instances of the given organisations and modules that {@code caller} does not own, not
     * deleted, newest first: what the officials of an organisation read of the others' work.
     */
    InstancePage ofOrganisations(String caller, Collection<String> organisations, Collection<String> formCodes, int page,
            int size) {
        if (organisations.isEmpty() || formCodes.isEmpty()) {
            return new InstancePage(List.of(), page, size, 0);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("caller", caller);
        params.put("organisations", List.copyOf(organisations));
        params.put("forms", List.copyOf(formCodes));
        return page(List.of("i.organisation in (:organisations)", "i.form_code in (:forms)", "i.owner <> :caller",
                "i.deleted_at is null"), params, page, size, null, null);
    }

    /**
     * The page after or before a cursor (keyset paging on {@code (created_at, id)}, which the index
     * on the owner, the creation time and the id serves at any depth), else the page number; the
     * count stops at {@link InstancePage#COUNT_CAP}.
     */
    private InstancePage page(List<String> conditions, Map<String, Object> params, int page, int size,
            InstanceCursor after, InstanceCursor before) {
        String where = " from instance i where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from (select 1 as found" + where + " limit :cap) capped")
                .params(params).param("cap", InstancePage.COUNT_CAP + 1).query(Long.class).single();
        boolean backwards = before != null;
        InstanceCursor cursor = backwards ? before : after;
        Map<String, Object> keyset = new HashMap<>(params);
        if (cursor != null) {
            where += backwards ? " and (i.created_at, i.id) > (:cursorAt, :cursorId)"
                    : " and (i.created_at, i.id) < (:cursorAt, :cursorId)";
            keyset.put("cursorAt", cursor.createdAt().atOffset(ZoneOffset.UTC));
            keyset.put("cursorId", cursor.id());
        }
        long offset = cursor == null ? (long) page * size : 0;
        List<InstanceSummary> items = new ArrayList<>(jdbc.sql("""
                        select i.id, i.form_code, i.form_version, i.number, i.state, i.tab, i.organisation,
                               i.created_at, i.updated_at, i.sent_at, i.version, %s as starred""".formatted(STARRED)
                        + where
                        + (backwards ? " order by i.created_at asc, i.id asc" : " order by i.created_at desc, i.id desc")
                        + " limit :size offset :offset")
                .params(keyset)
                .param("size", size + 1)
                .param("offset", offset)
                .query(InstanceSearch::summary)
                .list());
        boolean more = items.size() > size;
        if (more) {
            items.remove(items.size() - 1);
        }
        if (backwards) {
            Collections.reverse(items);
        }
        boolean hasNext = backwards || more;
        boolean hasPrevious = backwards ? more : cursor != null || offset > 0;
        return new InstancePage(items, page, size, total,
                hasNext && !items.isEmpty() ? InstanceCursor.of(items.get(items.size() - 1)) : null,
                hasPrevious && !items.isEmpty() ? InstanceCursor.of(items.get(0)) : null);
    }

    private static void equal(List<String> conditions, Map<String, Object> params, String column, String value) {
        if (value != null) {
            conditions.add("i." + column + " = :" + column);
            params.put(column, value);
        }
    }

    private static InstanceSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new InstanceSummary(row.getObject("id", UUID.class), row.getString("form_code"),
                row.getString("form_version"), row.getString("number"), row.getString("state"), row.getString("tab"),
                row.getString("organisation"), instant(row, "created_at"), instant(row, "updated_at"),
                instant(row, "sent_at"), row.getBoolean("starred"), row.getLong("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
