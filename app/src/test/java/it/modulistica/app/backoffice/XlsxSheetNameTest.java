package it.modulistica.app.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Sheet names of an XLSX export are always ones Excel accepts, whatever the module's titles. */
class XlsxSheetNameTest {

    @Test
    void removesForbiddenCharactersCutsLongTitlesAndNumbersRepeats() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            String first = XlsxExport.sheetName(workbook, "Elenco utenti: [0-6] / servizi educativi comunali", "utenti");
            workbook.createSheet(first);
            String second = XlsxExport.sheetName(workbook, "ELENCO UTENTI: [0-6] / servizi educativi comunali", "altri");
            workbook.createSheet(second);

            assertThat(first).isEqualTo("Elenco utenti   0-6    servizi");
            assertThat(second).isEqualTo("ELENCO UTENTI   0-6    serv (2)").hasSize(31);
            assertThat(XlsxExport.sheetName(workbook, " ? ", "utenti")).isEqualTo("utenti");
        }
    }
}
