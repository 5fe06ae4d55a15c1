package it.modulistica.engine.backoffice;

import java.util.List;

/**
 * One page of a back-office search.
 *
 * @param total    the instances found in all, counted up to {@code countCap}; {@code countCap + 1}
 *                 when there are more ("più di 10.000"), so no request counts a whole large table
 * @param next     where the next page starts, {@code null} on the last page
 * @param previous where the previous page ends, {@code null} on the first page
 * @param countCap where the count stopped: {@value #COUNT_CAP}, or {@value #WORD_COUNT_CAP} for a
 *                 search of words
 */
public record OperatorPage(List<OperatorSummary> items, int page, int size, long total, OperatorCursor next,
        OperatorCursor previous, long countCap) {

    /** Counts stop here: beyond it a count only says "more". */
    public static final long COUNT_CAP = 10_000;
    /**
     * The count of a search of words (free text, declarant) stops here: each match is checked on its
     * instance (its state, its tab ...), so a common word's count costs in proportion to the cap.
     */
    public static final long WORD_COUNT_CAP = 1_000;

    public OperatorPage {
        items = List.copyOf(items);
    }

    /** A page counted up to {@link #COUNT_CAP}. */
    public OperatorPage(List<OperatorSummary> items, int page, int size, long total, OperatorCursor next,
            OperatorCursor previous) {
        this(items, page, size, total, next, previous, COUNT_CAP);
    }

    /** A page without neighbours. */
    public OperatorPage(List<OperatorSummary> items, int page, int size, long total) {
        this(items, page, size, total, null, null);
    }

    /** Whether more instances were found than {@link #countCap}, which {@link #total} then exceeds by one. */
    public boolean totalCapped() {
        return total > countCap;
    }
}
