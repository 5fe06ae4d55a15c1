package it.modulistica.engine.backoffice;

import java.util.List;

/**
 * One page of a back-office search.
 *
 * @param total    the instances found in all, counted up to {@value #COUNT_CAP}; {@code COUNT_CAP + 1}
 *                 when there are more ("più di 10.000"), so no request counts a whole large table
 * @param next     where the next page starts, {@code null} on the last page
 * @param previous where the previous page ends, {@code null} on the first page
 */
public record OperatorPage(List<OperatorSummary> items, int page, int size, long total, OperatorCursor next,
        OperatorCursor previous) {

    /** Counts stop here: beyond it a count only says "more". */
    public static final long COUNT_CAP = 10_000;

    public OperatorPage {
        items = List.copyOf(items);
    }

    /** A page without neighbours. */
    public OperatorPage(List<OperatorSummary> items, int page, int size, long total) {
        this(items, page, size, total, null, null);
    }

    /** Whether more instances were found than {@link #COUNT_CAP}, which {@link #total} then exceeds by one. */
    public boolean totalCapped() {
        return total > COUNT_CAP;
    }
}
