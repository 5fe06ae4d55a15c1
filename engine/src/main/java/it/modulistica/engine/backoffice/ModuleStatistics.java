package it.modulistica.engine.backoffice;

import java.time.LocalDate;
import java.util.List;

/**
 * What operators see of a module at a glance: its instances by state (the states operators see, in
 * the workflow's order, zeros included), each counted up to {@link OperatorPage#COUNT_CAP}, and the
 * instances sent on each day since {@code sentSince} that had any.
 *
 * @param sentSince the first day (Europe/Rome) of {@code sentPerDay}
 */
public record ModuleStatistics(String formCode, List<StateCount> byState, LocalDate sentSince,
        List<DayCount> sentPerDay) {

    public ModuleStatistics {
        byState = List.copyOf(byState);
        sentPerDay = List.copyOf(sentPerDay);
    }

    /** @param count the instances in the state, {@code COUNT_CAP + 1} when there are more ({@code capped}) */
    public record StateCount(String state, long count) {

        public boolean capped() {
            return count > OperatorPage.COUNT_CAP;
        }
    }

    /** @param day a day in Europe/Rome */
    public record DayCount(LocalDate day, long count) {
    }

    /** The instances of every state, at least this many when {@link #totalCapped()}. */
    public long total() {
        return byState.stream().mapToLong(count -> Math.min(count.count(), OperatorPage.COUNT_CAP)).sum();
    }

    /** Whether some state holds more instances than were counted. */
    public boolean totalCapped() {
        return byState.stream().anyMatch(StateCount::capped);
    }
}
