package it.modulistica.app.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BackgroundPaceTest {

    private final AtomicInteger demand = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final BackgroundPace pace = new BackgroundPace(demand::get, 8, Duration.ofSeconds(20), nanos::get);

    @Test
    void runsWhileTheNodeIsQuiet() {
        demand.set(7);

        assertThat(pace.worker().mayRun()).isTrue();
    }

    @Test
    void givesWayWhileBusyUpToTheMaximumDeferralThenGoesOnUntilQuietAgain() {
        BackgroundPace.Worker worker = pace.worker();
        demand.set(8);

        assertThat(worker.mayRun()).isFalse();
        nanos.addAndGet(Duration.ofSeconds(19).toNanos());
        assertThat(worker.mayRun()).isFalse();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(worker.mayRun()).as("deferred 20 s in a row").isTrue();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(worker.mayRun()).as("still busy: the work goes on beside the requests").isTrue();

        demand.set(0);
        assertThat(worker.mayRun()).isTrue();
        demand.set(30);
        assertThat(worker.mayRun()).as("a new busy period: gives way again").isFalse();
    }

    @Test
    void eachWorkerCountsItsOwnDeferral() {
        demand.set(10);
        BackgroundPace.Worker first = pace.worker();
        first.mayRun();
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        BackgroundPace.Worker second = pace.worker();

        assertThat(first.mayRun()).isTrue();
        assertThat(second.mayRun()).isFalse();
    }

    @Test
    void zeroNeverGivesWay() {
        BackgroundPace never = new BackgroundPace(demand::get, 0, Duration.ofSeconds(20), nanos::get);
        demand.set(1_000);

        assertThat(never.worker().mayRun()).isTrue();
        assertThat(BackgroundPace.never().worker().awaitTurn()).isTrue();
    }

    @Test
    void demandCountsRunningAndWaitingRequests() throws InterruptedException {
        RequestLoad load = new RequestLoad(4);
        assertThat(load.enter(0)).isTrue();
        assertThat(load.enter(0)).isTrue();

        assertThat(load.demand()).isEqualTo(2);
        load.leave();
        assertThat(load.demand()).isEqualTo(1);
    }
}
