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
 * @param page        0-based page number
 * @param size        instances per page, 1 to {@value #MAX_SIZE}
 */
public record InstanceQuery(String tab, String formCode, String state, String number, LocalDate createdFrom,
        LocalDate createdTo, Boolean starred, int page, int size) {

    public static final int MAX_SIZE = 100;

    public InstanceQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ": " + size);
        }
    }

    /** Every instance of the caller, page by page. */
    public static InstanceQuery all(int page, int size) {
        return new InstanceQuery(null, null, null, null, null, null, null, page, size);
    }
}
