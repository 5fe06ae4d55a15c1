package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OPERATOR;
import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static it.modulistica.engine.lifecycle.Lifecycle.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a transition does besides moving the state: frozen data, outbox rows, one winner among
 * concurrent requests, idempotent repeats, nothing left by a rolled-back transaction.
 */
abstract class TransitionEffectsTests extends PlatformTests {

    private FormDefinition module;

    @BeforeEach
    void publishModule() {
        platform.clock.set("2026-08-01T10:00:00Z");
        module = platform.publishStandard();
    }

    @AfterEach
    void stopLiningUpRequests() {
        platform.catalog.atWorkflowLookup(() -> { });
    }

    @Test
    void freezesTheSentDataWithTheSha256OfItsCanonicalJson() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        platform.clock.set("2026-08-05T16:30:00Z");

        lifecycle.act(ready.id(), "invia", OWNER, null, null);

        Instance sent = lifecycle.get(ready.id(), OWNER).instance();
        String storedText = platform.jdbc.sql("select frozen_data from instance where id = :id")
                .param("id", ready.id()).query(String.class).single();
        assertThat(sent.frozenData()).contains(json(Lifecycle.VALID_DATA));
        assertThat(sent.frozenSha256()).contains(DefinitionJson.sha256(storedText));
        assertThat(sent.frozenSha256()).contains(DefinitionJson.sha256(DefinitionJson.canonical(sent.frozenData()
                .orElseThrow())));
        assertThat(sent.sentAt()).contains(Instant.parse("2026-08-05T16:30:00Z"));
    }

    @Test
    void writesAPendingOutboxRowForEachEffectThatTalksToTheOutside() {
        Instance working = platform.reach(module, "IN_LAVORAZIONE");

        lifecycle.act(working.id(), "richiedi-integrazione", OPERATOR, "Allegare l'ISEE", null);

        assertThat(platform.jdbc.sql("""
                        select effect, status from instance_effect where instance_id = :id order by effect""")
                .param("id", working.id())
                .query((row, n) -> tuple(row.getString("effect"), row.getString("status"))).list())
                .containsExactly(tuple("notify-owner", "PENDING"), tuple("render-pdf", "PENDING"),
                        tuple("send-receipt", "PENDING"));
        String payload = platform.jdbc.sql("select payload from instance_effect where instance_id = :id "
                + "and effect = 'notify-owner'").param("id", working.id()).query(String.class).single();
        assertThat(json(payload)).isEqualTo(json("""
                {"action": "richiedi-integrazione", "state": "IN_ATTESA_INTEGRAZIONE", "note": "Allegare l'ISEE"}"""));
    }

    @Test
    void ordersTheReceiptInTheSendingTransactionAndPrintsItAfterTheCommitOnce() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        assertThat(lifecycle.receipt(ready.id(), OWNER)).isEmpty();
        assertThat(lifecycle.receiptStatus(ready.id(), OWNER)).isEqualTo(ReceiptStatus.NONE);

        lifecycle.act(ready.id(), "invia", OWNER, null, null);

        assertThat(TestReceipts.prints(ready.id())).isZero();
        assertThat(lifecycle.receiptStatus(ready.id(), OWNER)).isEqualTo(ReceiptStatus.PREPARING);
        assertThat(effectStatus(ready, "render-pdf")).isEqualTo("PENDING");
        assertThat(platform.jdbc.sql("select payload from instance_effect where instance_id = :id and effect = 'render-pdf'")
                .param("id", ready.id()).query(String.class).single()).contains("\"state\"").contains("INVIATA");

        drainReceipts();

        StoredDocument receipt = lifecycle.receipt(ready.id(), OWNER).orElseThrow();
        Instance sent = lifecycle.get(ready.id(), OWNER).instance();
        assertThat(effectStatus(ready, "render-pdf")).isEqualTo("DONE");
        assertThat(lifecycle.receiptStatus(ready.id(), OWNER)).isEqualTo(ReceiptStatus.READY);
        assertThat(receipt.mediaType()).isEqualTo("application/pdf");
        assertThat(receipt.fileName()).isEqualTo(sent.number().orElseThrow() + ".pdf");
        assertThat(new String(receipt.content(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(TestReceipts.text(sent));
        assertThat(receipt.sha256()).isEqualTo(InstanceDocuments.sha256(receipt.content()));
        assertThat(lifecycle.receipt(ready.id(), OWNER).orElseThrow().content()).isEqualTo(receipt.content());
        assertThat(TestReceipts.prints(sent.id())).isEqualTo(1);
    }

    @Test
    void whoeverNeedsTheReceiptFirstPrintsItAndTheWorkerThenOnlyClosesItsRow() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        lifecycle.act(ready.id(), "invia", OWNER, null, null);

        StoredDocument downloaded = lifecycle.receipt(ready.id(), OWNER).orElseThrow();
        drainReceipts();

        assertThat(TestReceipts.prints(ready.id())).isEqualTo(1);
        assertThat(effectStatus(ready, "render-pdf")).isEqualTo("DONE");
        assertThat(platform.receipts.obtain(ready.id()).orElseThrow().sha256()).isEqualTo(downloaded.sha256());
    }

    @Test
    void aPrinterFailureAfterTheCommitLeavesTheInstanceSentAndTheReceiptOrdered() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        lifecycle.act(ready.id(), "invia", OWNER, null, null);
        TestReceipts.failNext();

        assertThatThrownBy(() -> platform.receipts.printPending(100)).isInstanceOf(IllegalStateException.class);

        assertThat(lifecycle.get(ready.id(), OWNER).instance().state()).isEqualTo("INVIATA");
        assertThat(effectStatus(ready, "render-pdf")).isEqualTo("PENDING");
        drainReceipts();
        assertThat(lifecycle.receiptStatus(ready.id(), OWNER)).isEqualTo(ReceiptStatus.READY);
    }

    @Test
    void twoWorkersPrintEveryPendingReceiptExactlyOnce() throws Exception {
        drainReceipts(); // what earlier tests left
        List<Instance> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instance ready = platform.reach(module, "DA_INVIARE");
            lifecycle.act(ready.id(), "invia", OWNER, null, null);
            sent.add(ready);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                done.add(workers.submit(() -> {
                    await(start);
                    int total = 0;
                    for (int printed = platform.receipts.printPending(1); printed > 0;
                            printed = platform.receipts.printPending(1)) {
                        total += printed;
                    }
                    return total;
                }));
            }
            int total = done.get(0).get(60, TimeUnit.SECONDS) + done.get(1).get(60, TimeUnit.SECONDS);

            assertThat(total).isEqualTo(12);
            assertThat(sent).allSatisfy(instance -> {
                assertThat(TestReceipts.prints(instance.id())).isEqualTo(1);
                assertThat(effectStatus(instance, "render-pdf")).isEqualTo("DONE");
            });
            assertThat(platform.receipts.pending()).isZero();
        } finally {
            workers.shutdownNow();
        }
    }

    private void drainReceipts() {
        while (platform.receipts.printPending(100) > 0) {
            // until no receipt is pending
        }
    }

    private String effectStatus(Instance instance, String effect) {
        return platform.jdbc.sql("select status from instance_effect where instance_id = :id and effect = :effect")
                .param("id", instance.id()).param("effect", effect).query(String.class).single();
    }

    @Test
    void letsOnlyOneOfTwoConcurrentActionsOnAnInstanceWin() throws Exception {
        Instance ready = platform.reach(module, "DA_INVIARE");
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        platform.catalog.atWorkflowLookup(() -> await(bothLoaded));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<ActionOutcome>> results = new ArrayList<>();
        try {
            results.add(threads.submit(() -> lifecycle.act(ready.id(), "invia", OWNER, null, null)));
            results.add(threads.submit(() -> lifecycle.act(ready.id(), "riporta-in-bozza", OWNER, null, null)));
            List<Object> outcomes = new ArrayList<>();
            for (Future<ActionOutcome> result : results) {
                try {
                    outcomes.add(result.get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            platform.catalog.atWorkflowLookup(() -> { });

            assertThat(outcomes).filteredOn(ActionOutcome.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ConcurrentModification.class::isInstance).hasSize(1);
            ActionOutcome winner = (ActionOutcome) outcomes.stream().filter(ActionOutcome.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(lifecycle.get(ready.id(), OWNER).instance().state()).isEqualTo(winner.state());
            assertThat(lifecycle.history(ready.id(), OWNER)).extracting(HistoryEntry::action)
                    .containsExactly("creazione", "completa", winner.action());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheFirstOutcomeWithoutActingAgain() {
        Instance ready = platform.reach(module, "DA_INVIARE");

        ActionOutcome first = lifecycle.act(ready.id(), "invia", OWNER, null, "chiave-1");
        ActionOutcome repeated = lifecycle.act(ready.id(), "invia", OWNER, null, "chiave-1");

        assertThat(first.repeated()).isFalse();
        assertThat(repeated).isEqualTo(new ActionOutcome(ready.id(), "invia", "INVIATA", first.version(), true));
        assertThat(lifecycle.history(ready.id(), OWNER)).extracting(HistoryEntry::action)
                .containsExactly("creazione", "completa", "invia");
        assertThat(platform.jdbc.sql("select count(*) from instance_effect where instance_id = :id")
                .param("id", ready.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherActionOrInstance() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        Instance other = platform.reach(module, "DA_INVIARE");
        lifecycle.act(ready.id(), "riporta-in-bozza", OWNER, null, "chiave-2");

        assertThatThrownBy(() -> lifecycle.act(ready.id(), "completa", OWNER, null, "chiave-2"))
                .isInstanceOf(IdempotencyKeyReused.class);
        assertThatThrownBy(() -> lifecycle.act(other.id(), "riporta-in-bozza", OWNER, null, "chiave-2"))
                .isInstanceOf(IdempotencyKeyReused.class);
        assertThat(lifecycle.act(other.id(), "riporta-in-bozza", Lifecycle.OWNER, null, "chiave-3").repeated())
                .isFalse();
    }

    @Test
    void keepsTheSameIdempotencyKeyOfDifferentUsersApart() {
        Instance sent = platform.reach(module, "INVIATA");
        Instance ready = platform.reach(module, "DA_INVIARE");
        lifecycle.act(sent.id(), "prendi-in-carico", OPERATOR, null, "chiave-4");

        assertThat(lifecycle.act(ready.id(), "invia", OWNER, null, "chiave-4").repeated()).isFalse();
    }

    @Test
    void leavesNoTraceOfAnActionWhoseTransactionRollsBack() {
        Instance ready = platform.reach(module, "DA_INVIARE");

        assertThatThrownBy(() -> platform.transactions.executeWithoutResult(status -> {
            lifecycle.act(ready.id(), "invia", OWNER, null, "chiave-5");
            throw new IllegalStateException("the request failed after the action");
        })).hasMessage("the request failed after the action");

        Instance unchanged = lifecycle.get(ready.id(), OWNER).instance();
        assertThat(unchanged.state()).isEqualTo("DA_INVIARE");
        assertThat(unchanged.frozenData()).isEmpty();
        assertThat(lifecycle.history(ready.id(), OWNER)).hasSize(2);
        assertThat(platform.jdbc.sql("select count(*) from instance_effect where instance_id = :id")
                .param("id", ready.id()).query(Long.class).single()).isZero();
        assertThat(lifecycle.act(ready.id(), "invia", OWNER, null, "chiave-5").repeated()).isFalse();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The concurrent request did not arrive", e);
        }
    }
}
