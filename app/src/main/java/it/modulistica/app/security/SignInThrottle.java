package it.modulistica.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins counted per account and client address, in the database so that every
 * node sees them. The first {@value #FREE_FAILURES} failures cost nothing; from then on each
 * failure makes the pair wait before its next attempt is even checked, twice as long each time
 * (1, 2, 4 ... seconds, at most {@link #MAX_DELAY}); the {@value #BLOCK_AFTER}th blocks the pair
 * for {@link #BLOCK}. A success clears the pair; failures older than {@link #WINDOW} are forgotten.
 * Only the pair slows down: the account holder signs in from anywhere else as usual, so nobody can
 * lock a real person out by guessing wrong on purpose.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    static final int BLOCK_AFTER = 10;
    static final Duration BLOCK = Duration.ofMinutes(10);
    static final Duration WINDOW = Duration.ofHours(1);

    /** The pair's count after a failure, and whether this failure blocked it. */
    record Failure(int failures, boolean blocked) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Usernames are compared as the directory does, without regard to case. */
    static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** Whether the pair must still wait: its attempt is refused without looking at the password. */
    boolean waiting(String username, String address) {
        return jdbc.sql("select count(*) from sign_in_throttle where username = ? and client_address = ?"
                        + " and next_attempt_at > ?")
                .params(account(username), address, utc(clock.instant())).query(Integer.class).single() > 0;
    }

    Failure failed(String username, String address) {
        String account = account(username);
        Instant now = clock.instant();
        forgetOld(now);
        Integer before = jdbc.sql("select failures from sign_in_throttle where username = ? and client_address = ?"
                        + " and last_failure_at > ?")
                .params(account, address, utc(now.minus(WINDOW))).query(Integer.class).optional().orElse(0);
        int failures = before + 1;
        Instant next = now.plus(wait(failures));
        int updated = jdbc.sql("update sign_in_throttle set failures = ?, last_failure_at = ?, next_attempt_at = ?"
                        + " where username = ? and client_address = ?")
                .params(failures, utc(now), utc(next), account, address).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (username, client_address, failures, last_failure_at, next_attempt_at)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(account, address, failures, utc(now), utc(next)).update();
            } catch (DuplicateKeyException concurrent) {
                return failed(username, address);
            }
        }
        return new Failure(failures, failures == BLOCK_AFTER);
    }

    void succeeded(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where username = ? and client_address = ?")
                .params(account(username), address).update();
    }

    /** How long the pair waits after its {@code failures}th failure. */
    static Duration wait(int failures) {
        if (failures >= BLOCK_AFTER) {
            return BLOCK;
        }
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES - 1, 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Forgets pairs whose last failure is older than the window and that wait no more. */
    private void forgetOld(Instant now) {
        jdbc.sql("delete from sign_in_throttle where last_failure_at < ? and next_attempt_at < ?")
                .params(utc(now.minus(WINDOW)), utc(now)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
