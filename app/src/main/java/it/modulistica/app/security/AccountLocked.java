package it.modulistica.app.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused: too many failed passwords in a row lock the account until {@link #until()}. */
final class AccountLocked extends LockedException {

    private final Instant until;

    AccountLocked(String username, Instant until) {
        super("Account " + username + " locked until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
