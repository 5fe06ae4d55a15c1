package it.modulistica.renderer.view;

import java.util.List;

/**
 * A repeatable group as a table: one column per field of a row, the first column numbering the
 * rows. Cells of fields hidden in that row are empty strings.
 *
 * @param title   the group's title; {@code null} when the group is the step itself
 * @param intro   the group's introduction, in paragraphs
 * @param columns column headings, the row number's first
 * @param rows    formatted cells, one list per row, as many as the columns
 */
public record TableBlock(String title, List<String> intro, List<String> columns, List<List<String>> rows)
        implements Block {

    public TableBlock {
        intro = List.copyOf(intro);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public String kind() {
        return "table";
    }
}
