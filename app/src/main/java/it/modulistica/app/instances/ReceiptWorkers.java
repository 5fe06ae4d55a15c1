package it.modulistica.app.instances;

import it.modulistica.engine.lifecycle.ReceiptOutbox;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The threads of this node that print the receipts ordered by sendings ({@link ReceiptOutbox}):
 * each takes the oldest pending one nobody else holds, prints and stores it, and rests for the
 * poll interval when none is left. A failure is logged and the receipt stays pending, to be tried
 * again. They start with the application and stop, finishing the receipt in hand, with it.
 */
final class ReceiptWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptWorkers.class);
    private static final int BATCH = 20;

    private final ReceiptOutbox outbox;
    private final ReceiptSettings settings;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    ReceiptWorkers(ReceiptOutbox outbox, ReceiptSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= settings.workers(); i++) {
            Thread thread = new Thread(this::work, "receipt-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void work() {
        while (running) {
            int printed = 0;
            try {
                printed = outbox.printPending(BATCH);
            } catch (RuntimeException e) {
                LOG.error("A receipt could not be printed; it stays pending and is tried again", e);
            }
            if (printed == 0 && !rest()) {
                return;
            }
        }
    }

    private boolean rest() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
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
