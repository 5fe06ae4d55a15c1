package it.modulistica.engine.numbering;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.instance.LockTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.H2Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives out protocol numbers without gaps: one counter row per module code and year (year 0 when
 * the pattern has no {@code {year}}, so it never resets) in {@code instance_counter}, the year taken
 * in Europe/Rome.
 *
 * <p>{@link #next} must run inside the transaction that stores the number: it locks the counter row
 * until that transaction ends, so concurrent callers wait in turn, and a rollback gives the number
 * back. Call it as late as possible in the transaction to keep the lock short. The missing row is
 * created race-free on PostgreSQL ({@code on conflict do nothing}); H2, for development and tests,
 * uses {@code merge}, where two transactions creating the same counter at the same moment may see
 * one of them fail on the primary key.
 *
 * <p>Numbers are unique across all modules (a unique constraint): each module's pattern must give
 * numbers of its own, by its literal text or by {@code {code}}.
 */
public final class InstanceNumbering {

    private final JdbcClient jdbc;
    private final String createCounter;
    private final String advanceCounter;
    private final Map<String, NumberingPattern> patterns = new ConcurrentHashMap<>();
    private final LockTimes lockTimes;

    public InstanceNumbering(NamedParameterJdbcOperations operations, Dialect dialect) {
        this(operations, dialect, LockTimes.NONE);
    }

    /** @param lockTimes told how long each transaction held a counter (and, by the lifecycle, an instance) */
    public InstanceNumbering(NamedParameterJdbcOperations operations, Dialect dialect, LockTimes lockTimes) {
        this.jdbc = JdbcClient.create(operations);
        this.createCounter = createCounterStatement(dialect);
        this.advanceCounter = advanceCounterStatement(dialect);
        this.lockTimes = lockTimes;
    }

    /** Where the times of the counter locks go; the lifecycle reports its instance locks there too. */
    public LockTimes lockTimes() {
        return lockTimes;
    }

    /**
     * Takes the next number of {@code definition}'s module and writes it on the instance, as the last
     * statements of the transaction that stores the instance: the counter then stays locked for one
     * statement and the commit. The instance must be stored already, without a number.
     *
     * @return the number given
     * @throws IllegalStateException outside a transaction, or when the instance is missing or numbered
     */
    public String numberStored(FormDefinition definition, UUID instanceId, Instant at) {
        String number = next(definition, at);
        int updated = jdbc.sql("update instance set number = :number where id = :id and number is null")
                .param("number", number).param("id", instanceId).update();
        if (updated != 1) {
            throw new IllegalStateException("Instance " + instanceId + " is not stored, or has a number already");
        }
        return number;
    }

    private Optional<Long> advance(String code, int year, int count) {
        return jdbc.sql(advanceCounter).param("count", count).param("code", code).param("year", year)
                .query(Long.class).optional();
    }

    private static String advanceCounterStatement(Dialect dialect) {
        if (dialect instanceof H2Dialect) {
            return """
                    select last_number from final table (update instance_counter set last_number = last_number + :count
                    where form_code = :code and counter_year = :year)""";
        }
        return """
                update instance_counter set last_number = last_number + :count
                where form_code = :code and counter_year = :year returning last_number""";
    }

    private static String createCounterStatement(Dialect dialect) {
        if (dialect instanceof PostgresDialect) {
            return """
                    insert into instance_counter (form_code, counter_year, last_number)
                    values (:code, :year, 0) on conflict do nothing""";
        }
        if (dialect instanceof H2Dialect) {
            return """
                    merge into instance_counter c
                    using (values (cast(:code as varchar(100)), cast(:year as integer))) s (form_code, counter_year)
                    on c.form_code = s.form_code and c.counter_year = s.counter_year
                    when not matched then insert (form_code, counter_year, last_number)
                    values (s.form_code, s.counter_year, 0)""";
        }
        throw new IllegalStateException("Database not supported for numbering: " + dialect.getClass().getName()
                + "; supported are PostgreSQL and H2");
    }

    /**
     * The next number of {@code definition}'s module at {@code at}, formatted with its pattern.
     *
     * @throws IllegalStateException outside a transaction, where the lock would end at once and a
     *                               failure after this call would leave a gap
     */
    public String next(FormDefinition definition, Instant at) {
        int year = at.atZone(OpeningWindow.ZONE).getYear();
        return reserve(definition, year, 1).get(0);
    }

    /**
     * {@code count} consecutive numbers of {@code definition}'s module in {@code year} (Europe/Rome),
     * taken in one step: for writers that store many instances in one transaction, under the same
     * rule as {@link #next}.
     *
     * @throws IllegalStateException outside a transaction
     */
    public List<String> reserve(FormDefinition definition, int year, int count) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Numbers are given out only inside the transaction that stores them");
        }
        NumberingPattern pattern = patterns.computeIfAbsent(definition.numbering(), NumberingPattern::parse);
        int counterYear = pattern.hasYear() ? year : 0;
        // One statement takes the counter's lock and moves it; the row is created the first time.
        Optional<Long> moved = advance(definition.code(), counterYear, count);
        if (moved.isEmpty()) {
            jdbc.sql(createCounter).param("code", definition.code()).param("year", counterYear).update();
            moved = advance(definition.code(), counterYear, count);
        }
        lockTimes.taken(LockTimes.Lock.COUNTER);
        long last = moved.orElseThrow() - count;
        List<String> numbers = new ArrayList<>(count);
        for (long sequence = last + 1; sequence <= last + count; sequence++) {
            numbers.add(pattern.format(definition.code(), definition.version(), year, sequence));
        }
        return numbers;
    }
}
