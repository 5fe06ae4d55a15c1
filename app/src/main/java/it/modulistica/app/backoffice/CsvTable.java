package it.modulistica.app.backoffice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as Italian spreadsheets open it: UTF-8 with a byte-order mark, {@code ;} between cells,
 * CRLF between rows, a cell quoted when it holds {@code ;}, a quote or a line break.
 */
final class CsvTable implements ExportTable {

    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private final Writer writer;

    /** Starts the file with the byte-order mark; the caller closes {@code out}, after {@link #flush()}. */
    CsvTable(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    void flush() throws IOException {
        writer.flush();
    }

    private static String cell(Object value) {
        String text = CellText.safe(value instanceof BigDecimal number ? number.toPlainString()
                : value == null ? "" : value.toString());
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
