package it.modulistica.engine.numbering;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final Map<String, NumberingPattern> patterns = new ConcurrentHashMap<>();

    public InstanceNumbering(NamedParameterJdbcOperations operations, Dialect dialect) {
        this.jdbc = JdbcClient.create(operations);
        this.createCounter = createCounterStatement(dialect);
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
        jdbc.sql(createCounter).param("code", definition.code()).param("year", counterYear).update();
        long last = jdbc.sql("""
                        select last_number from instance_counter
                        where form_code = :code and counter_year = :year for update""")
                .param("code", definition.code())
                .param("year", counterYear)
                .query(Long.class)
                .single();
        jdbc.sql("update instance_counter set last_number = :last where form_code = :code and counter_year = :year")
                .param("last", last + count)
                .param("code", definition.code())
                .param("year", counterYear)
                .update();
        List<String> numbers = new ArrayList<>(count);
        for (long sequence = last + 1; sequence <= last + count; sequence++) {
            numbers.add(pattern.format(definition.code(), definition.version(), year, sequence));
        }
        return numbers;
    }
}
