package it.modulistica.app.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2", "@x", "\tcmd", "\rcmd"})
    void writesTextsASpreadsheetWouldTakeForFormulasWithALeadingQuote(String text) {
        assertThat(CellText.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alba", "12051", "a=b", " =1", "'già"})
    void leavesOtherTextsAsTheyAre(String text) {
        assertThat(CellText.safe(text)).isEqualTo(text);
    }
}
