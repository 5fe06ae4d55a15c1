package it.modulistica.app.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@code seed-instances} on PostgreSQL (rows written with COPY), in a schema of its own. */
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
class SeedInstancesCommandOnPostgresTest extends SeedInstancesContract {

    private static final String URL = System.getProperty("modulistica.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("modulistica.test.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("modulistica.test.postgres.password", "");

    private final String schema = "seed_test_" + UUID.randomUUID().toString().replace("-", "");

    private String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--spring.flyway.schemas=" + schema);
    }

    @Override
    Connection connect() throws SQLException {
        return connect(url(), USER, PASSWORD);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = connect(URL, USER, PASSWORD); Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
