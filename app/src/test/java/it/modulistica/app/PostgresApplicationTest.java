package it.modulistica.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on PostgreSQL, in the test run's own schema (shared with the other classes
 * configured so, see {@link PostgresSchema.Shared}) that is dropped afterwards so parallel runs never
 * meet. Runs when {@code modulistica.test.postgres} is {@code true} or {@code required} and then
 * fails, never skips, if the server cannot be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresSchema.Shared.class)
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
class PostgresApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresqlInTheSchemaOfTheRun() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single())
                .isEqualTo(PostgresSchema.SHARED.name());
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM category").query(Integer.class).single()).isEqualTo(7);
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
