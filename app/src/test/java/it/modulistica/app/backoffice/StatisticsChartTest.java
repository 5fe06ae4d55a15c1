package it.modulistica.app.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.engine.backoffice.ModuleStatistics;
import it.modulistica.engine.backoffice.ModuleStatistics.DayCount;
import it.modulistica.engine.backoffice.ModuleStatistics.StateCount;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StatisticsChartTest {

    private static final ModuleStatistics STATISTICS = new ModuleStatistics("prova",
            List.of(new StateCount("INVIATA", 3), new StateCount("ACCOLTA", 1)), LocalDate.of(2026, 1, 1),
            List.of(new DayCount(LocalDate.of(2026, 3, 1), 2), new DayCount(LocalDate.of(2026, 3, 4), 2)));

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsAColumnPerDayFillingTheDaysWithoutInstances() throws Exception {
        Document svg = parse(StatisticsChart.perDay(STATISTICS, "Inviate per giorno"));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(4);
        assertThat(StatisticsChart.perDay(STATISTICS, "x")).contains("<title>01/03: 2</title>", "<title>02/03: 0</title>");
    }

    @Test
    void escapesTheLabelsItDraws() throws Exception {
        String svg = StatisticsChart.byState(STATISTICS, code -> code.equals("INVIATA") ? "<script>&\"'" : code,
                "Per stato <b>");

        parse(svg);
        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;&amp;&quot;&#39;", "Per stato &lt;b&gt;");
    }

    @Test
    void keepsOnlyTheDaysWithInstancesOverALongPeriod() {
        ModuleStatistics year = new ModuleStatistics("prova", List.of(), LocalDate.of(2025, 1, 1), List.of(
                new DayCount(LocalDate.of(2025, 1, 1), 1), new DayCount(LocalDate.of(2025, 12, 31), 1)));

        assertThat(StatisticsChart.filled(year.sentPerDay())).hasSize(2);
    }
}
