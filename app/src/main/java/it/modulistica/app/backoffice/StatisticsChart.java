package it.modulistica.app.backoffice;

import it.modulistica.engine.backoffice.ModuleStatistics;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The statistics of a module drawn as SVG on the server, so the page needs no script: a column per
 * day of the instances sent (days without any included, when the period is short enough to show
 * them) and a bar per state. Every text is escaped for XML; the charts carry a title and a
 * description for screen readers.
 */
public final class StatisticsChart {

    /** Days with nothing sent are drawn as empty columns only for periods up to this long. */
    static final int MAX_FILLED_DAYS = 92;
    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private StatisticsChart() {
    }

    /** The column chart of the instances sent per day. */
    public static String perDay(ModuleStatistics statistics, String title) {
        Map<LocalDate, Long> days = filled(statistics.sentPerDay());
        long max = Math.max(1, days.values().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(WIDTH, HEIGHT, title);
        int plotWidth = WIDTH - LEFT - 10;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        axes(svg, plotHeight, max);
        int n = Math.max(1, days.size());
        double step = (double) plotWidth / n;
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        int i = 0;
        for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
            double height = (double) day.getValue() * plotHeight / max;
            double x = LEFT + i * step + step * 0.15;
            svg.append("<rect class=\"bar\" x=\"").append(round(x)).append("\" y=\"")
                    .append(round(TOP + plotHeight - height)).append("\" width=\"").append(round(step * 0.7))
                    .append("\" height=\"").append(round(height)).append("\" fill=\"#0066cc\"><title>")
                    .append(escape(DAY.format(day.getKey()) + ": " + day.getValue())).append("</title></rect>");
            if (i % labelEvery == 0) {
                svg.append("<text x=\"").append(round(x + step * 0.35)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                        .append("\" font-size=\"11\" text-anchor=\"middle\">").append(escape(DAY.format(day.getKey())))
                        .append("</text>");
            }
            i++;
        }
        return svg.append("</svg>").toString();
    }

    /** The bar chart of the instances by state, with each state's label. */
    public static String byState(ModuleStatistics statistics, Function<String, String> stateLabel, String title) {
        List<ModuleStatistics.StateCount> states = statistics.byState();
        long max = Math.max(1, states.stream().mapToLong(ModuleStatistics.StateCount::count).max().orElse(1));
        int rowHeight = 28;
        int labelWidth = 240;
        int height = Math.max(1, states.size()) * rowHeight + 10;
        StringBuilder svg = open(WIDTH, height, title);
        int plotWidth = WIDTH - labelWidth - 60;
        for (int i = 0; i < states.size(); i++) {
            ModuleStatistics.StateCount state = states.get(i);
            String label = stateLabel.apply(state.state());
            double width = (double) state.count() * plotWidth / max;
            String count = String.valueOf(state.count());
            int y = 5 + i * rowHeight;
            svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"13\" text-anchor=\"end\">").append(escape(label)).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(round(width)).append("\" height=\"").append(rowHeight - 8)
                    .append("\" fill=\"#0066cc\"><title>").append(escape(label + ": " + count))
                    .append("</title></rect>")
                    .append("<text x=\"").append(round(labelWidth + width + 6)).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"13\">").append(escape(count)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" aria-label=\"")
                .append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
    }

    private static void axes(StringBuilder svg, int plotHeight, long max) {
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotHeight).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#5c6f82\"/>")
                .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 4)
                .append("\" font-size=\"11\" text-anchor=\"end\">").append(max).append("</text>")
                .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + plotHeight)
                .append("\" font-size=\"11\" text-anchor=\"end\">0</text>");
    }

    /** The days with their counts, the days between them with zero when the period is short. */
    static Map<LocalDate, Long> filled(List<ModuleStatistics.DayCount> counts) {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        if (counts.isEmpty()) {
            return days;
        }
        LocalDate first = counts.get(0).day();
        LocalDate last = counts.get(counts.size() - 1).day();
        if (ChronoUnit.DAYS.between(first, last) < MAX_FILLED_DAYS) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.put(day, 0L);
            }
        }
        counts.forEach(count -> days.put(count.day(), count.count()));
        return days;
    }

    /** Escapes the five XML special characters. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
