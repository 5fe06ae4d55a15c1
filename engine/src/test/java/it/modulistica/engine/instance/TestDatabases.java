package it.modulistica.engine.instance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh, migrated databases for tests: H2 in memory under a unique name, or PostgreSQL in a schema
 * of its own, so test classes and parallel builds never see each other's rows.
 *
 * <p>PostgreSQL is switched by the system property {@value #POSTGRES_SWITCH}: unset or
 * {@code false} skips PostgreSQL tests (a JUnit assumption); {@code true} or {@code required} runs
 * them, and they fail when the server cannot be reached. The server is at
 * {@value #POSTGRES_URL_PROPERTY} (default {@value #DEFAULT_POSTGRES_URL}), user {@code postgres}.
 * Migrations run from every {@code db/migration/<vendor>} folder on the class path.
 */
public final class TestDatabases {

    public static final String POSTGRES_SWITCH = "modulistica.test.postgres";
    public static final String POSTGRES_URL_PROPERTY = "modulistica.test.postgres.url";
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String POSTGRES_USER = "postgres";

    private TestDatabases() {
    }

    public static TestDatabase of(TestDatabase.Vendor vendor) {
        return of(vendor, null);
    }

    /**
     * A database migrated up to {@code target} (a Flyway version such as {@code "22.3"}), or to the
     * latest when {@code null}; {@link #migrate} brings it to the latest.
     */
    public static TestDatabase of(TestDatabase.Vendor vendor, String target) {
        return switch (vendor) {
            case H2 -> h2(target);
            case POSTGRESQL -> postgres(target);
        };
    }

    /** Runs the migrations {@code database} has not had yet. */
    public static void migrate(TestDatabase database) {
        migrate(database.dataSource(), database.vendor(), null);
    }

    public static TestDatabase h2() {
        return h2(null);
    }

    private static TestDatabase h2(String target) {
        String url = "jdbc:h2:mem:test_" + uniqueName() + ";DB_CLOSE_DELAY=-1";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        migrate(dataSource, TestDatabase.Vendor.H2, target);
        return new TestDatabase(TestDatabase.Vendor.H2, url, "sa", dataSource, () -> execute(dataSource, "shutdown"));
    }

    /** A PostgreSQL schema of its own; aborts the calling test when PostgreSQL tests are switched off. */
    public static TestDatabase postgres() {
        return postgres(null);
    }

    private static TestDatabase postgres(String target) {
        Assumptions.assumeTrue(postgresSwitchedOn(),
                () -> "PostgreSQL tests are off; run with -D" + POSTGRES_SWITCH + "=true");
        String serverUrl = System.getProperty(POSTGRES_URL_PROPERTY, DEFAULT_POSTGRES_URL);
        String schema = "test_" + uniqueName();
        executeOnServer(serverUrl, "create schema " + schema);
        String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, POSTGRES_USER, "");
        migrate(dataSource, TestDatabase.Vendor.POSTGRESQL, target);
        return new TestDatabase(TestDatabase.Vendor.POSTGRESQL, url, POSTGRES_USER, dataSource,
                () -> executeOnServer(serverUrl, "drop schema " + schema + " cascade"));
    }

    private static boolean postgresSwitchedOn() {
        String value = System.getProperty(POSTGRES_SWITCH, "false").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "false" -> false;
            case "true", "required" -> true;
            default -> throw new IllegalArgumentException(
                    POSTGRES_SWITCH + " must be false, true or required, not \"" + value + "\"");
        };
    }

    private static void migrate(DataSource dataSource, TestDatabase.Vendor vendor, String target) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(vendor.migrations())
                .failOnMissingLocations(true);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static String uniqueName() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run \"" + sql + "\"", e);
        }
    }

    private static void executeOnServer(String serverUrl, String sql) {
        Properties credentials = new Properties();
        credentials.setProperty("user", POSTGRES_USER);
        try (Connection connection = DriverManager.getConnection(serverUrl, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " (user " + POSTGRES_USER
                    + ") could not run \"" + sql + "\"; PostgreSQL tests are switched on by -D" + POSTGRES_SWITCH, e);
        }
    }
}
