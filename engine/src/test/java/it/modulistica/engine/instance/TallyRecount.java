package it.modulistica.engine.instance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Checks the counts {@link InstanceTallies} keeps against the instances themselves, counted again:
 * the difference of each count, by module, routing category and state or day, empty when they agree.
 */
public final class TallyRecount {

    private static final String TALLIED_STATES = """
            select form_code, routing_key, state, sum(n) from instance_state_tally
            group by form_code, routing_key, state""";
    private static final String COUNTED_STATES = """
            select form_code, coalesce(routing_category, ''), state, count(*) from instance
            where sent_at is not null and deleted_at is null
            group by form_code, coalesce(routing_category, ''), state""";
    private static final String TALLIED_DAYS = """
            select form_code, routing_key, cast(sent_day as varchar(10)), sum(n) from instance_day_tally
            group by form_code, routing_key, sent_day""";
    /** The day in Rome of {@code sent_at}, as text: H2 casts a time to a date in the JVM's time zone. */
    private static final String SENT_DAY_POSTGRES = "cast(cast(sent_at at time zone 'Europe/Rome' as date) as varchar(10))";
    private static final String SENT_DAY_H2 = "formatdatetime(sent_at, 'yyyy-MM-dd', 'en', 'Europe/Rome')";
    private static final String COUNTED_DAYS = """
            select form_code, coalesce(routing_category, ''), %1$s, count(*)
            from instance
            where sent_at is not null and deleted_at is null
            group by form_code, coalesce(routing_category, ''), %1$s""";

    private TallyRecount() {
    }

    /** Each count that differs, as "module|routing|state or day" and tallied minus counted. */
    public static Map<String, Long> differences(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return differences(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The counts could not be checked", e);
        }
    }

    /** As {@link #differences(DataSource)}, on an open connection. */
    public static Map<String, Long> differences(Connection connection) throws SQLException {
        Map<String, Long> differences = new TreeMap<>();
        try (Statement sql = connection.createStatement()) {
            compare(sums(sql, TALLIED_STATES), sums(sql, COUNTED_STATES), differences);
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            compare(sums(sql, TALLIED_DAYS), sums(sql, COUNTED_DAYS.formatted(h2 ? SENT_DAY_H2 : SENT_DAY_POSTGRES)),
                    differences);
        }
        return differences;
    }

    /** How many instances the tallies count, in all states. */
    public static long tallied(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select coalesce(sum(n), 0) from instance_state_tally")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The counts could not be read", e);
        }
    }

    private static void compare(Map<String, Long> tallied, Map<String, Long> counted, Map<String, Long> differences) {
        for (String key : union(tallied, counted)) {
            long difference = tallied.getOrDefault(key, 0L) - counted.getOrDefault(key, 0L);
            if (difference != 0) {
                differences.put(key, difference);
            }
        }
    }

    private static TreeSet<String> union(Map<String, Long> one, Map<String, Long> other) {
        TreeSet<String> keys = new TreeSet<>(one.keySet());
        keys.addAll(other.keySet());
        return keys;
    }

    private static Map<String, Long> sums(Statement sql, String query) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                sums.put(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3), rows.getLong(4));
            }
        }
        return sums;
    }
}
