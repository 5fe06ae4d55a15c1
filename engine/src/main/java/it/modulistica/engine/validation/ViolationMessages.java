package it.modulistica.engine.validation;

import it.modulistica.engine.definition.LocalizedText;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the message of a violation in a language, late, from the bundle
 * {@code it/modulistica/engine/validation/messages}: Italian (the default, whatever the JVM's
 * locale) and English. A code may have variants by argument ({@code format.codice-fiscale},
 * {@code type.integer}, {@code const.true}); the plain code is the fallback. Arguments are written
 * {@code {limit}} in the messages.
 */
public final class ViolationMessages {

    private static final String BUNDLE = "it.modulistica.engine.validation.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String message(Violation violation, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ITALIAN : locale, NO_FALLBACK);
        String template = template(bundle, violation);
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder message = new StringBuilder();
        while (placeholders.find()) {
            Object value = violation.args().get(placeholders.group(1));
            String text = value instanceof LocalizedText localized ? localized.in(locale) : value == null ? "" : value.toString();
            placeholders.appendReplacement(message, Matcher.quoteReplacement(text));
        }
        placeholders.appendTail(message);
        return message.toString();
    }

    private static String template(ResourceBundle bundle, Violation violation) {
        Map<String, Object> args = violation.args();
        Object variant = switch (violation.code()) {
            case "format" -> args.get("format");
            case "type" -> args.get("expected");
            case "const" -> args.get("expected");
            default -> null;
        };
        if (variant != null && bundle.containsKey(violation.code() + "." + variant)) {
            return bundle.getString(violation.code() + "." + variant);
        }
        try {
            return bundle.getString(violation.code());
        } catch (MissingResourceException e) {
            return bundle.getString("invalid");
        }
    }
}
