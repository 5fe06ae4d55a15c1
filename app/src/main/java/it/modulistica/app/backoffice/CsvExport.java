package it.modulistica.app.backoffice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A CSV export. A module without repeatable groups gives one CSV file; a module with repeatable
 * groups gives a ZIP archive holding {@code istanze.csv} and one {@code <group>.csv} per group,
 * each row of a group keyed by the instance's number. The instances are read once: the groups'
 * rows wait in temporary files, deleted at the end, while the instances' file is written.
 */
final class CsvExport {

    static final String INSTANCES_FILE = "istanze.csv";

    private CsvExport() {
    }

    /** @return the number of instances written */
    static long write(OutputStream out, ExportRows rows, ExportLayout layout, XlsxExport.ExportSource source)
            throws IOException {
        if (!layout.hasGroups()) {
            CsvTable table = new CsvTable(out);
            table.row(rows.header());
            long count = source.each(instance -> table.row(rows.row(instance)));
            table.flush();
            return count;
        }
        List<Path> files = new ArrayList<>();
        try {
            List<OutputStream> streams = new ArrayList<>();
            List<CsvTable> groups = new ArrayList<>();
            for (ExportLayout.Group group : layout.groups()) {
                Path file = Files.createTempFile("export-", ".csv");
                files.add(file);
                OutputStream stream = Files.newOutputStream(file);
                streams.add(stream);
                CsvTable table = new CsvTable(stream);
                table.row(rows.groupHeader(group));
                groups.add(table);
            }
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(INSTANCES_FILE));
            CsvTable main = new CsvTable(zip);
            main.row(rows.header());
            long count = source.each(instance -> {
                main.row(rows.row(instance));
                for (int g = 0; g < groups.size(); g++) {
                    for (List<Object> item : rows.groupRows(layout.groups().get(g), instance)) {
                        groups.get(g).row(item);
                    }
                }
            });
            main.flush();
            zip.closeEntry();
            for (int g = 0; g < groups.size(); g++) {
                groups.get(g).flush();
                streams.get(g).close();
                zip.putNextEntry(new ZipEntry(layout.groups().get(g).name() + ".csv"));
                Files.copy(files.get(g), zip);
                zip.closeEntry();
            }
            zip.finish();
            return count;
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
