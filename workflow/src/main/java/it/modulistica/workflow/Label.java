package it.modulistica.workflow;

import java.util.Locale;
import java.util.Objects;

/** A text of a workflow in Italian, the platform's first language, and English (empty: Italian is used). */
public record Label(String italian, String english) {

    public static final Label EMPTY = new Label("", "");

    public Label {
        Objects.requireNonNull(italian, "italian");
        english = english == null ? "" : english;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !english.isEmpty() ? english : italian;
    }

    public boolean isEmpty() {
        return italian.isEmpty();
    }
}
