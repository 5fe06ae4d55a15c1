package it.modulistica.app.overload;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Background work of this node (printing receipts, sending e-mails) gives way to requests: while at
 * least {@link OverloadSettings#backgroundYieldAt()} requests are running or waiting, it waits, so
 * a burst of sendings gets both cores and its receipts are printed just after it. It never waits
 * longer than {@link OverloadSettings#backgroundMaxDeferral()} in a row: when the node stays busy
 * that long, the work goes on beside the requests until the node is quiet again, so a receipt is
 * late by at most that much plus the backlog, never indefinitely.
 */
public final class BackgroundPace {

    private static final long NAP_MILLIS = 50;

    private final IntSupplier demand;
    private final int yieldAt;
    private final long maxDeferralNanos;
    private final LongSupplier nanoTime;

    BackgroundPace(IntSupplier demand, int yieldAt, Duration maxDeferral, LongSupplier nanoTime) {
        this.demand = demand;
        this.yieldAt = yieldAt;
        this.maxDeferralNanos = maxDeferral.toNanos();
        this.nanoTime = nanoTime;
    }

    /** A pace that never waits, for nodes and tests without requests to give way to. */
    public static BackgroundPace never() {
        return new BackgroundPace(() -> 0, 0, Duration.ZERO, System::nanoTime);
    }

    /** The pace of one worker: each keeps its own count of how long it has been giving way. */
    public Worker worker() {
        return new Worker();
    }

    /** One worker's turns; not shared between threads. */
    public final class Worker {

        private long givingWaySince = -1;

        private Worker() {
        }

        /**
         * Whether the work may run now: the node is quiet, or this worker has given way for the
         * whole maximum deferral. A worker that is told no tries again later.
         */
        public boolean mayRun() {
            if (yieldAt <= 0 || demand.getAsInt() < yieldAt) {
                givingWaySince = -1;
                return true;
            }
            long now = nanoTime.getAsLong();
            if (givingWaySince < 0) {
                givingWaySince = now;
            }
            return now - givingWaySince >= maxDeferralNanos;
        }

        /**
         * Waits until {@link #mayRun()}; false when the thread was interrupted meanwhile (the
         * worker is stopping).
         */
        public boolean awaitTurn() {
            while (!mayRun()) {
                try {
                    Thread.sleep(NAP_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
