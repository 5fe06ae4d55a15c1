package it.modulistica.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on PostgreSQL, in a schema of its own that is dropped afterwards so parallel
 * runs never meet. Runs when {@code modulistica.test.postgres} is {@code true} or {@code required} and
 * then fails, never skips, if the server cannot be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
@DirtiesContext
class PostgresApplicationTest {

    private static final String URL = System.getProperty("modulistica.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("modulistica.test.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("modulistica.test.postgres.password", "");
    private static final String SCHEMA = "app_test_" + UUID.randomUUID().toString().replace("-", "");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresqlInItsOwnSchema() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM category").query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void healthIsUp() {
        assertThat(http.getForObject("/actuator/health", JsonNode.class).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void demoOperatorSignsInWithScope() {
        JsonNode me = http.withBasicAuth("operatore", "demo").getForObject("/api/me", JsonNode.class);

        assertThat(me.get("fullName").asText()).isEqualTo("Operatore Servizi Educativi");
        assertThat(me.get("operatorScopes").get(0).get("value").asText()).isEqualTo("servizi-educativi");
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single())
                .startsWith("{bcrypt}");
    }
}
