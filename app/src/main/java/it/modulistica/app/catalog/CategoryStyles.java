package it.modulistica.app.catalog;

import java.util.List;

/** The Bootstrap Italia icons and colours a category may have: the catalogue draws nothing else. */
public final class CategoryStyles {

    /** Icons of the Bootstrap Italia sprite ({@code svg/sprites.svg#<icon>}). */
    public static final List<String> ICONS = List.of("it-folder", "it-files", "it-file", "it-pa", "it-card",
            "it-calendar", "it-mail", "it-user", "it-box", "it-car", "it-chart-line", "it-horn", "it-map-marker",
            "it-tool", "it-settings", "it-flag", "it-inbox", "it-key", "it-note", "it-telephone");

    /** Bootstrap Italia colour names, as in the classes {@code icon-<colour>} and {@code border-<colour>}. */
    public static final List<String> COLOURS = List.of("primary", "secondary", "success", "warning", "danger");

    private CategoryStyles() {
    }
}
