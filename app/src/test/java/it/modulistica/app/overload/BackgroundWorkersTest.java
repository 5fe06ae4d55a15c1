package it.modulistica.app.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundWorkersTest {

    private final AtomicInteger demand = new AtomicInteger();
    private final BackgroundPace pace = new BackgroundPace(demand::get, 4, Duration.ofMinutes(1), System::nanoTime);

    @Test
    void eachThreadWorksThroughTheOutboxUntilItIsEmptyThenRests() throws InterruptedException {
        AtomicInteger items = new AtomicInteger(100);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch emptied = new CountDownLatch(1);
        BackgroundWorkers workers = new BackgroundWorkers("test-worker", 3, Duration.ofMillis(20), pace, () -> {
            threads.add(Thread.currentThread().getName());
            int left = items.getAndUpdate(n -> Math.max(0, n - 1));
            if (left <= 1) {
                emptied.countDown();
            }
            return left > 0 ? 1 : 0;
        });
        workers.start();
        try {
            assertThat(emptied.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(items.get()).isZero();
            assertThat(threads).allMatch(name -> name.startsWith("test-worker-"));
        } finally {
            workers.stop();
        }
        assertThat(workers.isRunning()).isFalse();
    }

    @Test
    void givesWayWhileTheNodeIsBusyAndSurvivesAFailingUnit() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        demand.set(10);
        BackgroundWorkers workers = new BackgroundWorkers("test-worker", 1, Duration.ofMillis(10), pace, () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the first unit fails");
            }
            return 0;
        });
        workers.start();
        try {
            Thread.sleep(300);
            assertThat(runs.get()).as("busy node: nothing ran").isZero();
            demand.set(0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (runs.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(runs.get()).as("ran again after the failure").isGreaterThanOrEqualTo(3);
        } finally {
            workers.stop();
        }
    }

    @Test
    void needsAtLeastOneThread() {
        assertThatThrownBy(() -> new BackgroundWorkers("none", 0, Duration.ofSeconds(1), pace, () -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
