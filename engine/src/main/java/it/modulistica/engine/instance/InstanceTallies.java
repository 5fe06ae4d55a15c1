package it.modulistica.engine.instance;

import it.modulistica.engine.definition.OpeningWindow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The counts of sent instances kept by the writes, which the back-office statistics read instead
 * of counting the instances: by module, routing category and state ({@code instance_state_tally}),
 * and by module, routing category and day of sending in Europe/Rome ({@code instance_day_tally}).
 * An instance is counted while it is sent and not deleted.
 *
 * <p>A change made in a transaction is summed with the transaction's other changes and written just
 * before it commits, rows in one order, so the counts' rows are locked for the commit alone and two
 * transactions never wait on each other's rows in turn. Each count is spread over {@value #SLOTS}
 * rows (the instance's id picks one) and read as their sum, so many sends at once, all counted
 * under one state and one day, do not queue on one row.
 */
public final class InstanceTallies {

    /** The rows each count is spread over. */
    public static final int SLOTS = 8;

    private static final String STATES_POSTGRES = """
            insert into instance_state_tally as t (form_code, routing_key, state, slot, n)
            values (:form, :routing, :state, :slot, :n)
            on conflict (form_code, routing_key, state, slot) do update set n = t.n + excluded.n""";
    private static final String DAYS_POSTGRES = """
            insert into instance_day_tally as t (form_code, routing_key, sent_day, slot, n)
            values (:form, :routing, :day, :slot, :n)
            on conflict (form_code, routing_key, sent_day, slot) do update set n = t.n + excluded.n""";
    private static final String STATES_H2 = """
            merge into instance_state_tally t
            using (select cast(:form as varchar(100)) form_code, cast(:routing as varchar(64)) routing_key,
                          cast(:state as varchar(100)) state, cast(:slot as smallint) slot, cast(:n as bigint) n) s
            on t.form_code = s.form_code and t.routing_key = s.routing_key and t.state = s.state and t.slot = s.slot
            when matched then update set n = t.n + s.n
            when not matched then insert (form_code, routing_key, state, slot, n)
                 values (s.form_code, s.routing_key, s.state, s.slot, s.n)""";
    private static final String DAYS_H2 = """
            merge into instance_day_tally t
            using (select cast(:form as varchar(100)) form_code, cast(:routing as varchar(64)) routing_key,
                          cast(:day as date) sent_day, cast(:slot as smallint) slot, cast(:n as bigint) n) s
            on t.form_code = s.form_code and t.routing_key = s.routing_key and t.sent_day = s.sent_day
               and t.slot = s.slot
            when matched then update set n = t.n + s.n
            when not matched then insert (form_code, routing_key, sent_day, slot, n)
                 values (s.form_code, s.routing_key, s.sent_day, s.slot, s.n)""";
    /** The day in Rome an instance was sent: H2 casts a time to a date in the JVM's time zone. */
    private static final String SENT_DAY_POSTGRES = "cast(sent_at at time zone 'Europe/Rome' as date)";
    private static final String SENT_DAY_H2 = "cast(formatdatetime(sent_at, 'yyyy-MM-dd', 'en', 'Europe/Rome') as date)";
    private static final String COUNTED = " from instance where sent_at is not null and deleted_at is null group by ";
    /** Times H2 runs a row's statement again after another transaction inserted the row first. */
    private static final int H2_ATTEMPTS = 5;

    private final NamedParameterJdbcOperations jdbc;
    private final boolean postgres;

    public InstanceTallies(NamedParameterJdbcOperations jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.postgres = dialect instanceof PostgresDialect;
    }

    /**
     * What of an instance is counted, {@code null} when it is not (not sent, or deleted).
     *
     * @param routingKey the routing category, {@code ""} for none
     */
    record Counted(String formCode, String routingKey, String state, LocalDate sentDay, int slot) {

        static Counted of(UUID id, String formCode, String routingCategory, String state, OffsetDateTime sentAt,
                OffsetDateTime deletedAt) {
            if (sentAt == null || deletedAt != null) {
                return null;
            }
            return new Counted(formCode, routingCategory == null ? "" : routingCategory, state,
                    sentAt.atZoneSameInstant(OpeningWindow.ZONE).toLocalDate(), slotOf(id));
        }
    }

    /** Changes to the counts, summed per row; the rows are written in one order. */
    public static final class Changes {

        private static final Comparator<StateRow> STATE_ORDER = Comparator.comparing(StateRow::formCode)
                .thenComparing(StateRow::routingKey).thenComparing(StateRow::state).thenComparingInt(StateRow::slot);
        private static final Comparator<DayRow> DAY_ORDER = Comparator.comparing(DayRow::formCode)
                .thenComparing(DayRow::routingKey).thenComparing(DayRow::sentDay).thenComparingInt(DayRow::slot);

        private final Map<StateRow, Long> states = new TreeMap<>(STATE_ORDER);
        private final Map<DayRow, Long> days = new TreeMap<>(DAY_ORDER);

        /**
         * Counts one more sent instance ({@code sign} 1) or one fewer ({@code sign} -1).
         *
         * @param routingCategory {@code null} for none
         */
        public void add(UUID id, String formCode, String routingCategory, String state, OffsetDateTime sentAt,
                int sign) {
            add(Objects.requireNonNull(Counted.of(id, formCode, routingCategory, state,
                    Objects.requireNonNull(sentAt, "sentAt"), null)), sign);
        }

        void add(Counted counted, int sign) {
            states.merge(new StateRow(counted.formCode(), counted.routingKey(), counted.state(), counted.slot()),
                    (long) sign, Long::sum);
            days.merge(new DayRow(counted.formCode(), counted.routingKey(), counted.sentDay(), counted.slot()),
                    (long) sign, Long::sum);
        }

        boolean isEmpty() {
            return states.values().stream().allMatch(n -> n == 0) && days.values().stream().allMatch(n -> n == 0);
        }
    }

    private record StateRow(String formCode, String routingKey, String state, int slot) {
    }

    private record DayRow(String formCode, String routingKey, LocalDate sentDay, int slot) {
    }

    /** The slot an instance is counted under, always the same for one instance. */
    static int slotOf(UUID id) {
        return Math.floorMod(id.hashCode(), SLOTS);
    }

    /**
     * Counts an instance that was {@code before} (as stored) and is {@code after} (as being stored):
     * just before the current transaction commits, or at once outside one.
     */
    void changed(Counted before, Counted after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Changes changes = new Changes();
        if (before != null) {
            changes.add(before, -1);
        }
        if (after != null) {
            changes.add(after, 1);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(changes);
            return;
        }
        Changes pending = (Changes) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Changes bound = new Changes();
            TransactionSynchronizationManager.bindResource(this, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void beforeCommit(boolean readOnly) {
                    write(bound);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(InstanceTallies.this);
                }
            });
            pending = bound;
        }
        Changes into = pending;
        changes.states.forEach((row, n) -> into.states.merge(row, n, Long::sum));
        changes.days.forEach((row, n) -> into.days.merge(row, n, Long::sum));
    }

    /** Writes {@code changes} (the rows of no change left out), states first, each table in one order. */
    public void write(Changes changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<MapSqlParameterSource> states = changes.states.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(change -> row(change.getKey().formCode(), change.getKey().routingKey(), change.getKey().slot(),
                        change.getValue()).addValue("state", change.getKey().state()))
                .toList();
        List<MapSqlParameterSource> days = changes.days.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(change -> row(change.getKey().formCode(), change.getKey().routingKey(), change.getKey().slot(),
                        change.getValue()).addValue("day", change.getKey().sentDay()))
                .toList();
        write(postgres ? STATES_POSTGRES : STATES_H2, states);
        write(postgres ? DAYS_POSTGRES : DAYS_H2, days);
    }

    /**
     * Counts the sent instances again and, where the counts differ (an instance changed by hand in
     * SQL, say), replaces them with what it found. It must run in a transaction; on PostgreSQL it
     * first locks the counts against writes (not reads), so a send waits for it before it commits
     * and its change is then added to the new counts, never counted twice nor lost. It reads every
     * sent instance: seconds for a million.
     *
     * @return the counts that differed, as {@code module|routing category|state or day} (the
     *         routing category empty for none) and the count kept minus the count found
     * @throws IllegalStateException outside a transaction
     */
    public Map<String, Long> recount() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The counts are recounted in a transaction");
        }
        if (postgres) {
            jdbc.getJdbcOperations().execute(
                    "lock table instance_state_tally, instance_day_tally in share row exclusive mode");
        }
        String day = postgres ? SENT_DAY_POSTGRES : SENT_DAY_H2;
        String byState = "form_code, coalesce(routing_category, ''), state";
        String byDay = "form_code, coalesce(routing_category, ''), " + day;
        Map<String, Long> differences = new TreeMap<>();
        compare(sums("select form_code, routing_key, state, sum(n) from instance_state_tally"
                + " group by form_code, routing_key, state"), sums("select " + byState + ", count(*)" + COUNTED + byState),
                differences);
        compare(sums("select form_code, routing_key, sent_day, sum(n) from instance_day_tally"
                + " group by form_code, routing_key, sent_day"), sums("select " + byDay + ", count(*)" + COUNTED + byDay),
                differences);
        if (!differences.isEmpty()) {
            JdbcOperations sql = jdbc.getJdbcOperations();
            sql.update("delete from instance_state_tally");
            sql.update("delete from instance_day_tally");
            sql.update("insert into instance_state_tally (form_code, routing_key, state, slot, n) select " + byState
                    + ", 0, count(*)" + COUNTED + byState);
            sql.update("insert into instance_day_tally (form_code, routing_key, sent_day, slot, n) select " + byDay
                    + ", 0, count(*)" + COUNTED + byDay);
        }
        return differences;
    }

    /** Each row's first three columns joined by "|", and its fourth, a count. */
    private Map<String, Long> sums(String query) {
        Map<String, Long> sums = new TreeMap<>();
        jdbc.getJdbcOperations().query(query, row -> {
            sums.merge(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3), row.getLong(4), Long::sum);
        });
        return sums;
    }

    private static void compare(Map<String, Long> kept, Map<String, Long> found, Map<String, Long> differences) {
        Set<String> keys = new TreeSet<>(kept.keySet());
        keys.addAll(found.keySet());
        for (String key : keys) {
            long difference = kept.getOrDefault(key, 0L) - found.getOrDefault(key, 0L);
            if (difference != 0) {
                differences.put(key, difference);
            }
        }
    }

    private static MapSqlParameterSource row(String formCode, String routingKey, int slot, long n) {
        return new MapSqlParameterSource().addValue("form", formCode).addValue("routing", routingKey)
                .addValue("slot", slot).addValue("n", n);
    }

    private void write(String sql, List<? extends SqlParameterSource> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            if (rows.size() == 1) {
                jdbc.update(sql, rows.get(0));
            } else {
                jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
            }
            return;
        }
        // H2's merge is not atomic: when two transactions insert one new row, the second fails once
        // the first commits, and then finds the row.
        for (SqlParameterSource row : rows) {
            for (int attempt = 1; ; attempt++) {
                try {
                    jdbc.update(sql, row);
                    break;
                } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                    if (attempt == H2_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }
}
