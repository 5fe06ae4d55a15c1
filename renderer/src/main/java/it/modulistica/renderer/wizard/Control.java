package it.modulistica.renderer.wizard;

import java.util.List;

/**
 * A piece of a wizard step. Templates switch on {@link #kind()}: {@code input}, {@code fieldset},
 * {@code group} or {@code info}.
 */
public sealed interface Control permits Input, Control.Fieldset, Control.Group, Control.InfoText {

    String kind();

    /**
     * A section: its fields inside a {@code fieldset}.
     *
     * @param hidden its {@code x-visible-when} does not hold: printed hidden, its inputs disabled
     */
    record Fieldset(String id, String legend, List<String> intro, List<Control> controls, boolean hidden,
            Visibility visibility) implements Control {

        public Fieldset {
            intro = List.copyOf(intro);
            controls = List.copyOf(controls);
        }

        @Override
        public String kind() {
            return "fieldset";
        }
    }

    /**
     * A repeatable group: its rows, each with a remove button, and an add button. The buttons are
     * submit buttons ({@code _add} = the group's pointer, {@code _remove} = the row's pointer) so that
     * the wizard works without JavaScript; the page's script adds and removes rows in place, keeping
     * at least {@code minItems}.
     */
    record Group(String id, String pointer, String legend, List<String> intro, List<Row> rows, String addLabel,
            boolean canAdd, String error, String errorId, boolean hidden, Visibility visibility, int minItems)
            implements Control {

        public Group {
            intro = List.copyOf(intro);
            rows = List.copyOf(rows);
        }

        @Override
        public String kind() {
            return "group";
        }
    }

    /** One row of a group: legend, fields and the remove button. */
    record Row(String id, String pointer, String legend, List<Control> controls, String removeLabel,
            boolean canRemove) {

        public Row {
            controls = List.copyOf(controls);
        }
    }

    /** Read-only information text. */
    record InfoText(String title, List<String> paragraphs) implements Control {

        public InfoText {
            paragraphs = List.copyOf(paragraphs);
        }

        @Override
        public String kind() {
            return "info";
        }
    }

    /**
     * The condition that shows a hidden control, for a script that toggles it without reloading:
     * the JSONLogic expression and the row index of each enclosing group (for its {@code *}), as JSON.
     */
    record Visibility(String logicJson, String rowsJson) {
    }
}
