package it.modulistica.engine.lifecycle;

import java.time.LocalDate;

/**
 * A search among the caller's own instances ("Le mie istanze"). Every criterion is optional
 * ({@code null}); they combine with "and".
 *
 * @param tab         the tab of the instance's state ({@code in-lavorazione}, {@code inviate} ...)
 * @param number      part of the protocol number, case ignored
 * @param createdFrom first day of creation, inclusive, in Europe/Rome
 * @param createdTo   last day of creation, inclusive, in Europe/Rome
 * @param starred     {@code true} only the caller's "Importanti", {@code false} only the others
 * @param page        0-based page number, when no cursor is given
 * @param size        instances per page, 1 to {@value #MAX_SIZE}
 * @param after       the page starts after this instance ({@code null}: from {@code page})
 * @param before      the page ends before this instance ({@code null}: not going back)
 */
public record InstanceQuery(String tab, String formCode, String state, String number, LocalDate createdFrom,
        LocalDate createdTo, Boolean starred, int page, int size, InstanceCursor after, InstanceCursor before) {

    public static final int MAX_SIZE = 100;

    public InstanceQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ": " + size);
        }
        if (after != null && before != null) {
            throw new IllegalArgumentException("a page starts after a cursor or ends before one, not both");
        }
    }

    /** A query without cursor: the page {@code page}. */
    public InstanceQuery(String tab, String formCode, String state, String number, LocalDate createdFrom,
            LocalDate createdTo, Boolean starred, int page, int size) {
        this(tab, formCode, state, number, createdFrom, createdTo, starred, page, size, null, null);
    }

    /** Every instance of the caller, page by page. */
    public static InstanceQuery all(int page, int size) {
        return new InstanceQuery(null, null, null, null, null, null, null, page, size);
    }
}
