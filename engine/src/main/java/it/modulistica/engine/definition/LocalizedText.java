package it.modulistica.engine.definition;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text written in Italian, the platform's first language, with optional translations keyed by
 * language code ({@code "en"}). Asking for a language without a translation gives the Italian text.
 */
public record LocalizedText(String italian, Map<String, String> translations) {

    public static final LocalizedText EMPTY = new LocalizedText("", Map.of());

    public LocalizedText {
        Objects.requireNonNull(italian, "italian");
        translations = Map.copyOf(translations);
    }

    public static LocalizedText of(String italian) {
        return italian == null ? EMPTY : new LocalizedText(italian, Map.of());
    }

    public String in(Locale locale) {
        if (locale == null) {
            return italian;
        }
        return translations.getOrDefault(locale.getLanguage(), italian);
    }

    public boolean isEmpty() {
        return italian.isEmpty();
    }
}
