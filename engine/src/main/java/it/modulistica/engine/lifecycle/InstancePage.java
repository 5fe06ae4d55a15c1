package it.modulistica.engine.lifecycle;

import java.util.List;

/**
 * One page of a search, newest first.
 *
 * @param total    the instances found in all, counted up to {@value #COUNT_CAP}; {@code COUNT_CAP + 1}
 *                 when there are more ("più di 10.000"), so no request counts all of a large owner's
 * @param next     where the next page starts, {@code null} on the last page
 * @param previous where the previous page ends, {@code null} on the first page
 */
public record InstancePage(List<InstanceSummary> items, int page, int size, long total, InstanceCursor next,
        InstanceCursor previous) {

    /** Counts stop here: beyond it a count only says "more". */
    public static final long COUNT_CAP = 10_000;

    public InstancePage {
        items = List.copyOf(items);
    }

    /** A page without neighbours. */
    public InstancePage(List<InstanceSummary> items, int page, int size, long total) {
        this(items, page, size, total, null, null);
    }

    /** Whether more instances were found than {@link #COUNT_CAP}, which {@link #total} then exceeds by one. */
    public boolean totalCapped() {
        return total > COUNT_CAP;
    }
}
