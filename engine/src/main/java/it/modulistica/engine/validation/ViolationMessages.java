package it.modulistica.engine.validation;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import it.modulistica.engine.definition.LocalizedText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves the message of a violation in a language, late, from the bundle
 * {@code it/modulistica/engine/validation/messages}: Italian (the default, whatever the JVM's
 * locale) and English. A code may have variants by argument ({@code format.codice-fiscale},
 * {@code type.integer}, {@code const.true}); the plain code is the fallback. Messages are ICU
 * message formats with named arguments ({@code {limit}}), so counts take the plural form of the
 * language: {@code {limit, plural, one {# elemento} other {# elementi}}}.
 */
public final class ViolationMessages {

    private static final String BUNDLE = "it.modulistica.engine.validation.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String message(Violation violation, Locale locale) {
        Locale language = locale == null ? Locale.ITALIAN : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        String template = template(bundle, violation);
        Map<String, Object> args = new HashMap<>();
        // A number is formatted by the language (a plural, a "number" argument); printed plainly
        // otherwise, as the limits of the definition are written (1900, 0.01).
        violation.args().forEach((name, value) -> args.put(name, value instanceof LocalizedText text ? text.in(language)
                : value instanceof Number && template.matches("(?s).*\\{" + name + "\\s*,.*") ? value : String.valueOf(value)));
        return new MessageFormat(template, ULocale.forLocale(bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ITALIAN : bundle.getLocale())).format(args);
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
