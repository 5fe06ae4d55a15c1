package it.modulistica.engine.backoffice;

import java.time.LocalDate;
import java.util.List;

/**
 * What operators see of a module at a glance: its instances by state (the states operators see, in
 * the workflow's order, zeros included) and the instances sent on each day that had any.
 */
public record ModuleStatistics(String formCode, List<StateCount> byState, List<DayCount> sentPerDay) {

    public ModuleStatistics {
        byState = List.copyOf(byState);
        sentPerDay = List.copyOf(sentPerDay);
    }

    public record StateCount(String state, long count) {
    }

    /** @param day a day in Europe/Rome */
    public record DayCount(LocalDate day, long count) {
    }

    public long total() {
        return byState.stream().mapToLong(StateCount::count).sum();
    }
}
