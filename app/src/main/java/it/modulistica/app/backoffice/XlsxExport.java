package it.modulistica.app.backoffice;

import it.modulistica.engine.backoffice.ExportedInstance;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX export written with Apache POI's streaming SXSSF: only a window of rows per sheet is kept
 * in memory, the rest goes to temporary files deleted when the workbook is closed. The instances
 * go to the first sheet, each repeatable group to a sheet of its own.
 */
final class XlsxExport {

    /** Rows per sheet kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 100;
    /** Excel's limit on a sheet name's length. */
    private static final int SHEET_NAME = 31;

    private XlsxExport() {
    }

    /** A sheet as an {@link ExportTable}. */
    private static final class SheetTable implements ExportTable {

        private final Sheet sheet;
        private int next;

        SheetTable(Sheet sheet) {
            this.sheet = sheet;
        }

        @Override
        public void row(List<Object> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = row.createCell(i);
                if (cells.get(i) instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(CellText.safe(String.valueOf(cells.get(i))));
                }
            }
        }
    }

    /** @return the number of instances written */
    static long write(OutputStream out, ExportRows rows, ExportLayout layout, String mainSheet,
            ExportSource source) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            SheetTable main = new SheetTable(workbook.createSheet(sheetName(workbook, mainSheet, "Istanze")));
            main.row(rows.header());
            List<SheetTable> groups = new ArrayList<>();
            for (ExportLayout.Group group : layout.groups()) {
                SheetTable table = new SheetTable(workbook.createSheet(sheetName(workbook, group.title(),
                        group.name())));
                table.row(rows.groupHeader(group));
                groups.add(table);
            }
            long count = source.each(instance -> {
                main.row(rows.row(instance));
                for (int g = 0; g < groups.size(); g++) {
                    for (List<Object> item : rows.groupRows(layout.groups().get(g), instance)) {
                        groups.get(g).row(item);
                    }
                }
            });
            workbook.write(out);
            return count;
        }
    }

    /**
     * A sheet name Excel accepts: without {@code \\ / ? * [ ] :}, at most 31 characters, not blank
     * ({@code fallback} then), and not already taken in the workbook (a number is added).
     */
    static String sheetName(SXSSFWorkbook workbook, String title, String fallback) {
        String clean = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        String base = cut(clean.isEmpty() ? fallback : clean, SHEET_NAME).strip();
        String name = base;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = cut(base, SHEET_NAME - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    /** Where the instances come from: each is handed to {@code sink}, and the count returned. */
    @FunctionalInterface
    interface ExportSource {

        long each(InstanceSink sink) throws IOException;
    }

    @FunctionalInterface
    interface InstanceSink {

        void accept(ExportedInstance instance) throws IOException;
    }
}
