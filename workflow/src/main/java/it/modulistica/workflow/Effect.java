package it.modulistica.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the platform does when a transition happens, implemented once for every workflow:
 * {@code assign-number}, {@code freeze-data} (snapshot with SHA-256), {@code render-pdf} (the
 * receipt, printed once and stored), {@code send-receipt} (e-mail), {@code notify-owner} (e-mail).
 * The first two are done in the transition's transaction; the others run after commit, through the
 * outbox: the receipt is a function of the frozen data, the pinned definition and the template, so
 * it can be printed at any time after the commit, and the transaction keeps only its SQL.
 */
public enum Effect {
    ASSIGN_NUMBER(false), FREEZE_DATA(false), RENDER_PDF(true), SEND_RECEIPT(true), NOTIFY_OWNER(true);

    private final boolean afterCommit;

    Effect(boolean afterCommit) {
        this.afterCommit = afterCommit;
    }

    /** Whether the effect runs after the transition's transaction commits (through the outbox). */
    public boolean afterCommit() {
        return afterCommit;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Effect> fromJsonName(String name) {
        return Arrays.stream(values()).filter(e -> e.jsonName().equals(name)).findFirst();
    }
}
