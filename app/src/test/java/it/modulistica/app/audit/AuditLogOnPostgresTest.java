package it.modulistica.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.PostgresSchema;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL the audit log keeps its details as jsonb and the database itself refuses to change
 * or delete an event. Runs when {@code modulistica.test.postgres} is {@code true} or {@code required}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
@DirtiesContext
class AuditLogOnPostgresTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        SCHEMA.drop();
    }

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void eventsCanBeAddedButNeverChangedNorDeleted() {
        audit.record(AuditEventType.ADMIN_CHANGE, "admin", "form:prova", AuditOutcome.SUCCESS, Map.of("action", "prova"));
        long id = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET outcome = 'FAILURE' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT details ->> 'action' FROM audit_event WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("prova");
    }

    @Test
    void adminsBrowseTheSignInsFilteredByUser() {
        http.withBasicAuth("mario.rossi", "sbagliata").getForEntity("/api/me", JsonNode.class);

        JsonNode page = http.withBasicAuth("admin", "demo")
                .getForObject("/api/admin/audit?type=SIGN_IN&user=mario.rossi", JsonNode.class);

        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.at("/items/0/details/reason").asText()).isEqualTo("bad-credentials");
    }
}
