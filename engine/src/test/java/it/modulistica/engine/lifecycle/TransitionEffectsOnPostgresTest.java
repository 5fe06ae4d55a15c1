package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TransitionEffectsOnPostgresTest extends TransitionEffectsTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    /**
     * A node that dies while printing (its database connection ends, as when the process is killed)
     * loses nothing: its transaction and the lock on the outbox row end with it, the row is still
     * pending, and another worker prints the receipt.
     */
    @Test
    void aWorkerWhoseConnectionDiesWhilePrintingLeavesTheReceiptToAnother() throws Exception {
        while (platform.receipts.printPending(100) > 0) {
            // what earlier tests left
        }
        FormDefinition module = platform.publishStandard();
        Instance ready = platform.reach(module, "DA_INVIARE");
        lifecycle.act(ready.id(), "invia", OWNER, null, null);
        CountDownLatch printing = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        TestReceipts.pauseNext(() -> {
            printing.countDown();
            try {
                killed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CompletableFuture<Integer> dying = CompletableFuture.supplyAsync(() -> platform.receipts.printPending(1));
        assertThat(printing.await(30, TimeUnit.SECONDS)).isTrue();

        List<Integer> holders = platform.jdbc.sql("""
                        select l.pid from pg_locks l
                        join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
                        where c.relname = 'instance_effect' and n.nspname = current_schema() and l.pid <> pg_backend_pid()""")
                .query(Integer.class).list();
        assertThat(holders).isNotEmpty();
        holders.forEach(pid -> platform.jdbc.sql("select pg_terminate_backend(:pid)").param("pid", pid)
                .query(Boolean.class).single());
        killed.countDown();
        assertThat(dying).failsWithin(30, TimeUnit.SECONDS);

        assertThat(platform.jdbc.sql("select status from instance_effect where instance_id = :id and effect = 'render-pdf'")
                .param("id", ready.id()).query(String.class).single()).isEqualTo("PENDING");
        assertThat(platform.receipts.printPending(100)).isEqualTo(1);
        assertThat(lifecycle.receiptStatus(ready.id(), OWNER)).isEqualTo(ReceiptStatus.READY);
        assertThat(TestReceipts.prints(ready.id())).isEqualTo(2);
    }
}
