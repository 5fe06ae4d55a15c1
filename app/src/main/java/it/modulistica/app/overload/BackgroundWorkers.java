package it.modulistica.app.overload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Threads of this node that work through an outbox (receipts to print, e-mails to send): each, in
 * turn, gives way to requests ({@link BackgroundPace}), runs one unit of work, and rests for the
 * poll interval when the unit found nothing to do. The outbox's own claims (row locks with
 * {@code SKIP LOCKED}) keep the threads of every node from doing the same row twice. A failure is
 * logged and the work tried again after the pause. They start with the application and stop,
 * finishing the unit in hand, with it.
 */
public final class BackgroundWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWorkers.class);

    private final String name;
    private final int count;
    private final Duration pollInterval;
    private final BackgroundPace pace;
    private final IntSupplier unit;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param name         the threads' name, followed by their number
     * @param count        how many threads
     * @param pollInterval the rest of a thread whose unit found nothing to do
     * @param unit         one unit of work: how many items it did (0 when there was nothing to do)
     */
    public BackgroundWorkers(String name, int count, Duration pollInterval, BackgroundPace pace, IntSupplier unit) {
        if (count < 1) {
            throw new IllegalArgumentException(name + ": at least one worker, not " + count);
        }
        this.name = name;
        this.count = count;
        this.pollInterval = pollInterval;
        this.pace = pace;
        this.unit = unit;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= count; i++) {
            Thread thread = new Thread(this::work, name + "-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void work() {
        BackgroundPace.Worker turns = pace.worker();
        while (running) {
            if (!turns.awaitTurn()) {
                return;
            }
            int done = 0;
            try {
                done = unit.getAsInt();
            } catch (RuntimeException e) {
                LOG.error("{}: a unit of work failed; its items stay in the outbox and are tried again", name, e);
            }
            if (done == 0 && !rest()) {
                return;
            }
        }
    }

    private boolean rest() {
        try {
            Thread.sleep(pollInterval.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
