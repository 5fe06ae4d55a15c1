package it.modulistica.engine.backoffice;

import java.util.List;

/** One page of a back-office search, with the number of instances found in all. */
public record OperatorPage(List<OperatorSummary> items, int page, int size, long total) {

    public OperatorPage {
        items = List.copyOf(items);
    }
}
