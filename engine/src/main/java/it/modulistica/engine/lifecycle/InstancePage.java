package it.modulistica.engine.lifecycle;

import java.util.List;

/** One page of a search, newest first, with the number of instances found in all. */
public record InstancePage(List<InstanceSummary> items, int page, int size, long total) {

    public InstancePage {
        items = List.copyOf(items);
    }
}
