package it.modulistica.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import it.modulistica.app.mail.SentInstances;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each numbering and each action's instance update is timed until its transaction ends (issue 13). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LockTimesTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void creatingAndSendingTimeTheCounterAndTheInstanceLocks() {
        long counters = timer("counter").count();
        long instances = timer("instance").count();
        double counterSeconds = timer("counter").totalTime(TimeUnit.SECONDS);

        new SentInstances(http, mapper, jdbc).send();

        // Utenti Servizi 06 is numbered when created; "completa" and "invia" each update the instance.
        assertThat(timer("counter").count()).isEqualTo(counters + 1);
        assertThat(timer("counter").totalTime(TimeUnit.SECONDS)).isGreaterThan(counterSeconds);
        assertThat(timer("instance").count()).isEqualTo(instances + 2);
        assertThat(timer("instance").max(TimeUnit.MILLISECONDS)).isPositive();
    }

    private Timer timer(String lock) {
        return meters.get(MeteredLockTimes.NAME).tag("lock", lock).timer();
    }
}
