package it.modulistica.engine.backoffice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search of the back office among the instances of one module. Every criterion but the module is
 * optional ({@code null}); they combine with "and".
 *
 * @param formCode      the module
 * @param backofficeTab the back-office tab ({@code pervenute}, {@code in-lavorazione} ...)
 * @param state         the state code
 * @param number        part of the protocol number, case ignored
 * @param text          words that must each begin a word of a searchable field
 * @param sentFrom      first day of sending, inclusive, in Europe/Rome
 * @param sentTo        last day of sending, inclusive, in Europe/Rome
 * @param organisation  the code of the organisation (comune) it was filed for
 * @param declarant     words that must each begin a word of the declarant's name or codice fiscale
 * @param sort          the order
 * @param page          0-based page number, when no cursor is given
 * @param size          instances per page, 1 to {@value #MAX_SIZE}
 * @param after         the page starts after this instance ({@code null}: from {@code page})
 * @param before        the page ends before this instance ({@code null}: not going back)
 */
public record OperatorQuery(String formCode, String backofficeTab, String state, String number, String text,
        LocalDate sentFrom, LocalDate sentTo, String organisation, String declarant, OperatorSort sort, int page,
        int size, OperatorCursor after, OperatorCursor before) {

    public static final int MAX_SIZE = 100;

    public OperatorQuery {
        Objects.requireNonNull(formCode, "formCode");
        Objects.requireNonNull(sort, "sort");
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ": " + size);
        }
        if (after != null && before != null) {
            throw new IllegalArgumentException("a page starts after a cursor or ends before one, not both");
        }
        for (OperatorCursor cursor : new OperatorCursor[] {after, before}) {
            if (cursor != null && !cursor.sort().equals(sort.text())) {
                throw new IllegalArgumentException("cursor of sort " + cursor.sort() + " given to sort " + sort.text());
            }
        }
    }

    /** A query without cursor: the page {@code page}. */
    public OperatorQuery(String formCode, String backofficeTab, String state, String number, String text,
            LocalDate sentFrom, LocalDate sentTo, String organisation, String declarant, OperatorSort sort, int page,
            int size) {
        this(formCode, backofficeTab, state, number, text, sentFrom, sentTo, organisation, declarant, sort, page, size,
                null, null);
    }

    /** Every instance of the module operators see, newest sent first. */
    public static OperatorQuery all(String formCode, int page, int size) {
        return new OperatorQuery(formCode, null, null, null, null, null, null, null, null, OperatorSort.NEWEST, page,
                size);
    }
}
