package it.modulistica.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.InstanceTallies;
import it.modulistica.engine.instance.TallyRecount;
import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

class InstanceLifecycleOnPostgresTest extends InstanceLifecycleTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    @Test
    void refusesToUpdateOrDeleteHistoryRows() {
        platform().lifecycle.create(platform().publishStandard().code(), Lifecycle.OWNER, null);

        assertThatThrownBy(() -> platform().jdbc.sql("update instance_history set note = 'changed'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> platform().jdbc.sql("delete from instance_history").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void aRecountWhileInstancesAreSentNeitherLosesNorDoublesAnyOfThem() throws Exception {
        FormDefinition module = platform().publishStandard();
        List<UUID> ready = new ArrayList<>();
        for (int n = 0; n < 24; n++) {
            ready.add(platform().reach(module, "DA_INVIARE").id());
        }
        InstanceTallies tallies = new InstanceTallies(platform().context.getBean(NamedParameterJdbcOperations.class),
                PostgresDialect.INSTANCE);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> sends = new ArrayList<>();
            for (int owner = 0; owner < 4; owner++) {
                List<UUID> theirs = ready.subList(owner * 6, owner * 6 + 6);
                sends.add(threads.submit(() -> theirs.forEach(id -> lifecycle.act(id, "invia", Lifecycle.OWNER,
                        null, null))));
            }
            Future<Integer> recounts = threads.submit(() -> {
                int done = 0;
                while (sends.stream().anyMatch(send -> !send.isDone()) || done == 0) {
                    platform().transactions.execute(status -> tallies.recount());
                    done++;
                }
                return done;
            });
            for (Future<?> send : sends) {
                send.get(60, TimeUnit.SECONDS);
            }
            assertThat(recounts.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            threads.shutdownNow();
        }

        assertThat(platform().jdbc.sql("select sum(n) from instance_state_tally where form_code = :code")
                .param("code", module.code()).query(Long.class).single()).isEqualTo(24);
        assertThat(TallyRecount.differences(platform().database.dataSource())).isEmpty();
    }
}
