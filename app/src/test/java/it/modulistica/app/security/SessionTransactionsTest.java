package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

class SessionTransactionsTest {

    private final List<String> transactions = new ArrayList<>();
    private final SessionTransactions sessions = new SessionTransactions(new TransactionOperations() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            transactions.add("begin");
            T result = action.doInTransaction(null);
            transactions.add("commit");
            return result;
        }
    });

    @Test
    void writesRunInATransactionOfTheirOwn() {
        String saved = sessions.execute(status -> "saved");

        assertThat(saved).isEqualTo("saved");

        assertThat(transactions).containsExactly("begin", "commit");
    }

    @Test
    void theReadOfASessionRunsWithoutOne() {
        String found = SessionTransactions.reading(() -> sessions.execute(status -> {
            assertThat(status).isNotNull();
            return "session";
        }));

        assertThat(found).isEqualTo("session");
        assertThat(transactions).isEmpty();
    }

    @Test
    void aWriteAfterAReadHasItsTransactionAgainEvenWhenTheReadFailed() {
        assertThatThrownBy(() -> SessionTransactions.reading(() -> sessions.execute(status -> {
            throw new IllegalStateException("database gone");
        }))).hasMessage("database gone");

        sessions.execute(status -> "saved");

        assertThat(transactions).containsExactly("begin", "commit");
    }

    @Test
    void aReadWithinAReadStaysOutsideAndTheOuterReadToo() {
        SessionTransactions.reading(() -> {
            SessionTransactions.reading(() -> sessions.execute(status -> "inner"));
            return sessions.execute(status -> "outer");
        });

        assertThat(transactions).isEmpty();
    }
}
