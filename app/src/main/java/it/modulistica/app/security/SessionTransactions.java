package it.modulistica.app.security;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions Spring Session JDBC's repository runs its statements in: each write (a new
 * session, its attributes, a changed id, a deletion) in a transaction of its own, as the repository
 * asks, but the read of a session by its id, which is one {@code select} done on every request of a
 * signed-in user, without one: a transaction around it only added a {@code begin} and a
 * {@code commit} to every request (JFR, issue 13). The reads are marked by
 * {@link CoarseLastAccessSessions#findById}.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionOperations writes;

    SessionTransactions(TransactionOperations writes) {
        this.writes = writes;
    }

    /** Runs {@code read}, whose statements this class then runs outside any transaction. */
    static <T> T reading(Supplier<T> read) {
        Boolean outer = READING.get();
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            if (outer == null) {
                READING.remove();
            }
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        return READING.get() != null ? TransactionOperations.withoutTransaction().execute(action)
                : writes.execute(action);
    }
}
