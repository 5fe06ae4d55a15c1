package it.modulistica.engine.instance;

import java.time.Duration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears how long transactions held the row locks other requests may queue behind: a module's
 * numbering counter (every creation or sending that numbers waits for the one before it) and an
 * instance's row (from its first update by an action to the commit). The time runs from the
 * statement that took the lock to the end of the transaction, commit or rollback.
 */
@FunctionalInterface
public interface LockTimes {

    /** The locks timed. */
    enum Lock { COUNTER, INSTANCE }

    /** Hears nothing. */
    LockTimes NONE = (lock, held) -> {
    };

    /** How long one transaction held {@code lock}. */
    void held(Lock lock, Duration held);

    /**
     * Starts timing {@code lock}, just taken by the current transaction; the time is reported when
     * the transaction ends. Nothing happens outside a transaction with synchronisation.
     */
    default void taken(Lock lock) {
        if (this == NONE || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        long taken = System.nanoTime();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                held(lock, Duration.ofNanos(System.nanoTime() - taken));
            }
        });
    }
}
