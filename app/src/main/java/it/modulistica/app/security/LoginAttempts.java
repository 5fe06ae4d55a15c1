package it.modulistica.app.security;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import it.modulistica.app.security.token.ApiTokenAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed passwords in the database, so that every node sees them: the
 * {@value #MAX_FAILURES}th in a row locks the account for {@link #LOCK}; a successful sign-in
 * clears the count.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    LoginAttempts(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE app_user SET
                            locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END,
                            failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END
                        WHERE username = :username""")
                .param("max", MAX_FAILURES)
                .param("until", now.plus(LOCK).atOffset(ZoneOffset.UTC))
                .param("username", username)
                .update();
        // A lock set by this very failure leaves the count at zero with a lock still running.
        boolean lockedNow = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ? AND failed_logins = 0 AND locked_until > ?")
                .params(username, now.atOffset(ZoneOffset.UTC)).query(Integer.class).single() > 0;
        if (lockedNow) {
            audit.record(AuditEventType.LOCKOUT, username, "user:" + username, AuditOutcome.SUCCESS,
                    Map.of("failures", MAX_FAILURES, "minutes", LOCK.toMinutes()));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof ApiTokenAuthentication) {
            return; // a token proves nothing about the password
        }
        jdbc.sql("""
                        UPDATE app_user SET failed_logins = 0, locked_until = NULL
                        WHERE username = ? AND (failed_logins > 0 OR locked_until IS NOT NULL)""")
                .param(event.getAuthentication().getName())
                .update();
    }

    /** Refuses an account whose lock has not ended yet. */
    void requireUnlocked(UserAccount account) {
        Instant now = clock.instant();
        account.lockedUntil().filter(now::isBefore).ifPresent(until -> {
            throw new AccountLocked(account.getUsername(), until);
        });
    }
}
