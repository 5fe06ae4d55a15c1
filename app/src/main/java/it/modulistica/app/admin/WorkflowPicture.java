package it.modulistica.app.admin;

import it.modulistica.workflow.Action;
import it.modulistica.workflow.State;
import it.modulistica.workflow.WorkflowDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a workflow as an SVG picture on the server, so the admin pages fetch nothing to show it:
 * states in rows by their distance from the initial state, one arrow per (state, action) with the
 * action's Italian label; arrows going back or sideways curve out to the right. Only presentation
 * attributes are used (no style element or attribute), which the pages' CSP allows.
 */
public final class WorkflowPicture {

    private static final int BOX_WIDTH = 200;
    private static final int BOX_HEIGHT = 44;
    private static final int COLUMN = 260;
    private static final int ROW = 120;
    private static final int MARGIN = 30;

    private WorkflowPicture() {
    }

    /** The SVG document (an {@code svg} element) of the workflow. */
    public static String svg(WorkflowDefinition workflow) {
        Map<String, Integer> levels = levels(workflow);
        Map<Integer, List<State>> rows = new LinkedHashMap<>();
        workflow.states().forEach(state -> rows.computeIfAbsent(levels.get(state.code()), l -> new ArrayList<>()).add(state));
        int columns = rows.values().stream().mapToInt(List::size).max().orElse(1);
        Map<String, int[]> positions = new LinkedHashMap<>();
        rows.forEach((level, states) -> {
            for (int i = 0; i < states.size(); i++) {
                positions.put(states.get(i).code(), new int[] {MARGIN + i * COLUMN, MARGIN + level * ROW});
            }
        });
        int width = MARGIN * 2 + (columns - 1) * COLUMN + BOX_WIDTH + 160;
        int height = MARGIN * 2 + (rows.size() - 1) * ROW + BOX_HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-picture\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\"><title>").append(escape(workflow.title().italian())).append("</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\"")
                .append(" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#17324d\"/>")
                .append("</marker></defs>");
        int bend = 0;
        for (Action action : workflow.actions()) {
            for (State from : workflow.states()) {
                if (!action.from().contains(from.code())) {
                    continue;
                }
                int[] a = positions.get(from.code());
                int[] b = positions.get(action.to());
                if (b == null) {
                    continue;
                }
                boolean down = levels.get(action.to()) > levels.get(from.code());
                String path;
                int labelX;
                int labelY;
                if (down) {
                    int x1 = a[0] + BOX_WIDTH / 2;
                    int y1 = a[1] + BOX_HEIGHT;
                    int x2 = b[0] + BOX_WIDTH / 2;
                    int y2 = b[1];
                    path = "M" + x1 + "," + y1 + " L" + x2 + "," + y2;
                    labelX = (x1 + x2) / 2 + 6;
                    labelY = (y1 + y2) / 2;
                } else {
                    bend = bend % 4 + 1;
                    int x1 = a[0] + BOX_WIDTH;
                    int y1 = a[1] + BOX_HEIGHT / 2;
                    int x2 = b[0] + BOX_WIDTH;
                    int y2 = b[1] + BOX_HEIGHT / 2 + (a == b ? 10 : 0);
                    int out = Math.max(x1, x2) + 30 + bend * 25;
                    path = "M" + x1 + "," + y1 + " C" + out + "," + y1 + " " + out + "," + y2 + " " + x2 + "," + y2;
                    labelX = out - 20;
                    labelY = (y1 + y2) / 2;
                }
                svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#17324d\" stroke-width=\"1.5\"")
                        .append(" marker-end=\"url(#arrow)\"/>")
                        .append("<text x=\"").append(labelX).append("\" y=\"").append(labelY)
                        .append("\" font-size=\"12\" fill=\"#5c2f00\">").append(escape(action.label().italian()))
                        .append("</text>");
            }
        }
        for (State state : workflow.states()) {
            int[] at = positions.get(state.code());
            boolean initial = state.code().equals(workflow.initialState());
            svg.append("<g class=\"workflow-state\" data-state=\"").append(escape(state.code())).append("\">")
                    .append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"")
                    .append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"8\" fill=\"")
                    .append(initial ? "#d6e8fa" : state.finalState() ? "#e8f4ea" : "#ffffff")
                    .append("\" stroke=\"#0066cc\" stroke-width=\"").append(state.finalState() ? 3 : 1.5).append("\"/>")
                    .append("<text x=\"").append(at[0] + BOX_WIDTH / 2).append("\" y=\"").append(at[1] + BOX_HEIGHT / 2 + 5)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#17324d\">")
                    .append(escape(state.label().italian())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Each state's distance from the initial state along the actions; unreachable states go last. */
    private static Map<String, Integer> levels(WorkflowDefinition workflow) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        levels.put(workflow.initialState(), 0);
        queue.add(workflow.initialState());
        while (!queue.isEmpty()) {
            String state = queue.poll();
            for (Action action : workflow.actions()) {
                if (action.from().contains(state) && !levels.containsKey(action.to())) {
                    levels.put(action.to(), levels.get(state) + 1);
                    queue.add(action.to());
                }
            }
        }
        int last = levels.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        workflow.states().forEach(state -> levels.putIfAbsent(state.code(), last));
        return levels;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
