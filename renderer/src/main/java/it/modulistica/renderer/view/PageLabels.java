package it.modulistica.renderer.view;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The renderer's own texts (header captions, "Sì"/"No", button texts) from the bundle
 * {@code it/modulistica/renderer/messages}, Italian first, English in {@code messages_en}. The
 * machine's default locale never leaks in: a language without a bundle gets Italian.
 */
public final class PageLabels {

    private static final String BUNDLE = "it.modulistica.renderer.messages";
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private PageLabels() {
    }

    /** Every text of the bundle for the language of {@code locale}. */
    public static Map<String, String> of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), language -> {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.keySet().stream().collect(Collectors.toUnmodifiableMap(k -> k, bundle::getString));
        });
    }
}
