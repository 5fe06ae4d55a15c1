package it.modulistica.app.messages;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The application's messages ({@code messages*.properties}) formatted with ICU's MessageFormat
 * instead of the JDK's, so that counts take the plural form of the language:
 * {@code {0, plural, one {# istanza} other {# istanze}}}. Bundles, their encoding and the fallback
 * between languages are those of {@link ResourceBundleMessageSource}; only formatting changes.
 *
 * <p>As with Spring's own source, a message asked for without arguments is returned as written
 * (an apostrophe is one {@code '}); with arguments it is an ICU pattern, where {@code ''} is an
 * apostrophe and a single {@code '} is one too unless it precedes a syntax character
 * ({@code { } # |}), ICU's {@code DOUBLE_OPTIONAL} apostrophe mode.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    /** Compiled patterns by language and pattern; each use formats a clone (ICU formats are not thread-safe). */
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale language = locale == null ? Locale.getDefault() : locale;
        Object[] arguments = resolveArguments(args, language);
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            pattern = getCommonMessages() == null ? null : getCommonMessages().getProperty(code);
        }
        if (pattern == null) {
            return getMessageFromParent(code, arguments, language);
        }
        if (ObjectUtils.isEmpty(arguments) && !isAlwaysUseMessageFormat()) {
            return pattern;
        }
        return format(pattern, arguments, language);
    }

    /** Default messages ({@code getMessage(code, args, default, locale)}) are ICU patterns too. */
    @Override
    protected String formatMessage(String msg, Object[] args, Locale locale) {
        if (msg == null || (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat())) {
            return msg;
        }
        return format(msg, resolveArguments(args, locale), locale == null ? Locale.getDefault() : locale);
    }

    /** Formats {@code pattern} with positional {@code arguments} by the plural rules and numbers of {@code locale}. */
    String format(String pattern, Object[] arguments, Locale locale) {
        ULocale language = ULocale.forLocale(locale);
        MessageFormat format = compiled.computeIfAbsent(language.toLanguageTag() + '\u0000' + pattern,
                key -> new MessageFormat(pattern, language));
        return ((MessageFormat) format.clone()).format(arguments == null ? new Object[0] : arguments);
    }
}
