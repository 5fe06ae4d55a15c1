package it.modulistica.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL schema of its own for one Spring test context, so parallel runs never meet: the
 * datasource and Flyway point at it, and {@link #drop()} removes it afterwards. Test classes using
 * it run when {@code modulistica.test.postgres} is {@code true} or {@code required}, and then fail,
 * never skip, if the server cannot be reached.
 *
 * <p>Test classes that need no schema of their own share {@link #SHARED} through {@link Shared}: one
 * schema for the whole test JVM, so one application context and one Flyway migration serve them all
 * (Spring's test context cache reuses the context as long as their configuration is the same).
 */
public final class PostgresSchema {

    /** The schema of this test JVM, dropped when the JVM exits. */
    public static final PostgresSchema SHARED = new PostgresSchema();

    private static final AtomicBoolean SHARED_DROP_REGISTERED = new AtomicBoolean();

    private static final String URL = System.getProperty("modulistica.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("modulistica.test.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("modulistica.test.postgres.password", "");

    private final String name = "app_test_" + UUID.randomUUID().toString().replace("-", "");

    public String name() {
        return name;
    }

    public void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The same settings, for an application started by the test itself (several nodes on one schema). */
    public Map<String, Object> properties() {
        return Map.of("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.schemas", name);
    }

    public void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    /**
     * Points an application context at {@link #SHARED}: put on a test class as
     * {@code @ContextConfiguration(initializers = PostgresSchema.Shared.class)}, instead of a
     * {@code @DynamicPropertySource} of its own (which would make its context a class of its own).
     */
    public static final class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (SHARED_DROP_REGISTERED.compareAndSet(false, true)) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        SHARED.drop();
                    } catch (SQLException e) {
                        System.err.println("Could not drop the test schema " + SHARED.name() + ": " + e.getMessage());
                    }
                }, "drop-" + SHARED.name()));
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-shared-schema",
                    SHARED.properties()));
        }
    }
}
