package it.modulistica.engine.lifecycle;

import java.time.Instant;

/**
 * One recorded change of an instance: creation ({@code creazione}), an action by its code, or
 * deletion ({@code eliminazione}).
 *
 * @param fromState the state before, {@code null} for the creation
 * @param actor     the username of who did it
 * @param note      the note given with the action, {@code null} when none
 */
public record HistoryEntry(String action, String fromState, String toState, String actor, Instant at, String note) {
}
