package it.modulistica.app.pages;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The messages of the {@code messages} bundle in the reader's language, as the page templates print them. */
public final class Texts {

    private final MessageSource messages;
    private final Locale locale;

    Texts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key) {
        return messages.getMessage(key, null, locale);
    }

    public String get(String key, Object argument) {
        return messages.getMessage(key, new Object[] {argument}, locale);
    }

    public String get(String key, Object first, Object second) {
        return messages.getMessage(key, new Object[] {first, second}, locale);
    }

    /** The message of {@code key}, or {@code fallback} when the bundle has none (category names of new modules). */
    public String orElse(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    public String language() {
        return "en".equals(locale.getLanguage()) ? "en" : "it";
    }
}
