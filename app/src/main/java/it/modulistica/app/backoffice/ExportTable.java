package it.modulistica.app.backoffice;

import java.io.IOException;
import java.util.List;

/**
 * A table an export writes, row by row: a sheet of a workbook or a CSV file. A cell is a text, or a
 * number for numeric values; texts are made safe with {@link CellText} by the table.
 */
interface ExportTable {

    void row(List<Object> cells) throws IOException;
}
