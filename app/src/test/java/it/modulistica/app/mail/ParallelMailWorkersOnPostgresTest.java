package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.PostgresSchema;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Two workers, as on two application nodes, claim the same PostgreSQL outbox at once with
 * {@code FOR UPDATE SKIP LOCKED}: every mail is delivered exactly once and never attempted twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "modulistica.mail.batch-size=3")
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
@DirtiesContext
class ParallelMailWorkersOnPostgresTest {

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

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailWorker worker;

    @Test
    void twoWorkersDeliverEveryMailExactlyOnce() throws Exception {
        SentInstances instances = new SentInstances(http, mapper, jdbc);
        for (int i = 0; i < INSTANCES; i++) {
            instances.send();
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                sent.add(nodes.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int run = 0; run < 40; run++) {
                        total += worker.runOnce(Instant.now().plusSeconds(1));
                    }
                    return total;
                }));
            }
            int delivered = sent.get(0).get() + sent.get(1).get();

            int expected = INSTANCES * 2;
            assertThat(delivered).isEqualTo(expected);
            assertThat(jdbc.sql("select count(*) from local_mail").query(Integer.class).single()).isEqualTo(expected);
            assertThat(jdbc.sql("select count(distinct message_id) from local_mail").query(Integer.class).single())
                    .isEqualTo(expected);
            assertThat(jdbc.sql("select status from mail_job").query(String.class).list())
                    .hasSize(expected).containsOnly("SENT");
            assertThat(jdbc.sql("select count(*) from mail_attempt").query(Integer.class).single()).isEqualTo(expected);
        } finally {
            nodes.shutdownNow();
        }
    }
}
