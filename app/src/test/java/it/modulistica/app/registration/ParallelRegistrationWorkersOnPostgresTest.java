package it.modulistica.app.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.app.PostgresSchema;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two workers, as on two application nodes, claim the same PostgreSQL registration outbox at once
 * with {@code FOR UPDATE SKIP LOCKED}: the target gets every event exactly once. The protocol number
 * is then recorded once on PostgreSQL too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "modulistica.registration.batch-size=3")
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
@DirtiesContext
class ParallelRegistrationWorkersOnPostgresTest extends RegistrationTestBase {

    private static final PostgresSchema SCHEMA = new PostgresSchema();
    private static final int INSTANCES = 10;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        SCHEMA.drop();
    }

    @Test
    void twoWorkersDeliverEveryEventExactlyOnce() throws Exception {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            sent.add(instances.send());
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> delivered = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                delivered.add(nodes.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int run = 0; run < 10; run++) {
                        total += worker.runOnce(Instant.now().plusSeconds(1));
                    }
                    return total;
                }));
            }
            assertThat(delivered.get(0).get() + delivered.get(1).get()).isEqualTo(INSTANCES);
        } finally {
            nodes.shutdownNow();
        }

        List<TestReceiver.Received> received = RECEIVER.received();
        assertThat(received).hasSize(INSTANCES).allMatch(TestReceiver.Received::signatureValid);
        assertThat(received.stream().map(TestReceiver.Received::event).distinct()).hasSize(INSTANCES);
        assertThat(jdbc.sql("select status from registration_delivery").query(String.class).list())
                .hasSize(INSTANCES).containsOnly("DELIVERED");
        assertThat(jdbc.sql("select count(*) from registration_attempt").query(Integer.class).single())
                .isEqualTo(INSTANCES);

        String token = accounts.token("protocollo.servizi", RegistrationForms.MODULE);
        String id = sent.get(0);
        assertThat(put(token, id, "2026/1").getBody().get("outcome").asText()).isEqualTo("RECORDED");
        assertThat(put(token, id, "2026/1").getBody().get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(put(token, id, "2026/2").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private ResponseEntity<JsonNode> put(String token, String id, String number) {
        return http.exchange("/api/instances/" + id + "/protocol", HttpMethod.PUT,
                ServiceAccounts.bearer(token, Map.of("number", number, "date", "2026-12-03")), JsonNode.class);
    }
}
