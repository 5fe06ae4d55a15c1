package it.modulistica.engine.backoffice;

import java.time.LocalDate;
import java.util.List;

/**
 * What operators see of a module at a glance: its instances by state (the states operators see, in
 * the workflow's order, zeros included), and the instances sent on each day since {@code sentSince}
 * that had any and are not deleted, whatever their state now.
 *
 * @param sentSince the first day (Europe/Rome) of {@code sentPerDay}
 */
public record ModuleStatistics(String formCode, List<StateCount> byState, LocalDate sentSince,
        List<DayCount> sentPerDay) {

    public ModuleStatistics {
        byState = List.copyOf(byState);
        sentPerDay = List.copyOf(sentPerDay);
    }

    /** @param count the instances in the state */
    public record StateCount(String state, long count) {
    }

    /** @param day a day in Europe/Rome */
    public record DayCount(LocalDate day, long count) {
    }

    /** The instances of every state operators see. */
    public long total() {
        return byState.stream().mapToLong(StateCount::count).sum();
    }
}
