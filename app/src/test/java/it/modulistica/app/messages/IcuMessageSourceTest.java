package it.modulistica.app.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;

/**
 * Every message of both bundles through the application's {@code messageSource} as it is configured
 * ({@code spring.messages.basename: messages}), with sample arguments: ICU parses and formats each one
 * and leaves no placeholder or doubled apostrophe behind; counts take their plural form.
 */
class IcuMessageSourceTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale ITALIAN = Locale.ITALIAN;

    private final MessageSource messages = messageSource();

    private static MessageSource messageSource() {
        MessageSourceProperties properties = new MessageSourceProperties();
        properties.setBasename(List.of("messages"));
        properties.setFallbackToSystemLocale(false);
        return new MessagesConfiguration().messageSource(properties);
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IcuMessageSourceTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * Sample arguments for a pattern: {@code count} where it is a plural, number or choice; elsewhere
     * {@code count} too, or a word when {@code words}.
     */
    private static Object[] arguments(String pattern, int count, boolean words) {
        Matcher matcher = ARGUMENT.matcher(pattern);
        int size = 0;
        boolean[] numeric = new boolean[10];
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            size = Math.max(size, index + 1);
            numeric[index] |= matcher.group(2) != null;
        }
        Object[] arguments = new Object[size];
        for (int i = 0; i < size; i++) {
            arguments[i] = numeric[i] || !words ? (Object) count : "valore" + i;
        }
        return arguments;
    }

    @Test
    void everyKeyOfBothBundlesFormatsWithoutLeftovers() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Locale locale = file.contains("_en") ? ENGLISH : ITALIAN;
            Properties bundle = bundle(file);
            assertThat(bundle).as(file).hasSizeGreaterThan(100);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                for (int sample = 0; sample < 8; sample++) {
                    Object[] arguments = arguments(pattern, new int[] {0, 1, 2, 1234}[sample % 4], sample >= 4);
                    String text = messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
                    assertThat(text).as(file + " " + key).doesNotContain("{", "}", "''");
                    if (arguments.length > 0) {
                        assertThat(text).as(file + " " + key).doesNotContainPattern("\\b1 (errori|istanze|moduli|eventi"
                                + "|elementi|secondi|minuti|tentativi|errors|applications|forms|events|instances|files"
                                + "|seconds|minutes|attempts|deliveries|consegne)\\b");
                    }
                }
            }
        }
    }

    @Test
    void countsTakeTheSingularOrThePlural() {
        assertThat(messages.getMessage("problem.dataInvalid.detail", new Object[] {1}, ITALIAN))
                .startsWith("I dati contengono 1 errore:");
        assertThat(messages.getMessage("problem.dataInvalid.detail", new Object[] {3}, ITALIAN))
                .startsWith("I dati contengono 3 errori:");
        assertThat(messages.getMessage("problem.dataInvalid.detail", new Object[] {1}, ENGLISH))
                .startsWith("The data has 1 error,");
        assertThat(messages.getMessage("problem.dataInvalid.detail", new Object[] {2}, ENGLISH))
                .startsWith("The data has 2 errors,");

        assertThat(messages.getMessage("backoffice.stats.total", new Object[] {1}, ITALIAN))
                .isEqualTo("1 istanza ricevuta in tutto.");
        assertThat(messages.getMessage("backoffice.stats.total", new Object[] {1234}, ITALIAN))
                .isEqualTo("1.234 istanze ricevute in tutto.");
        assertThat(messages.getMessage("backoffice.stats.total", new Object[] {0}, ITALIAN))
                .isEqualTo("Nessuna istanza ricevuta in tutto.");
        assertThat(messages.getMessage("backoffice.stats.total", new Object[] {1}, ENGLISH))
                .isEqualTo("1 instance received in all.");
        assertThat(messages.getMessage("backoffice.stats.total", new Object[] {1234}, ENGLISH))
                .isEqualTo("1,234 instances received in all.");

        assertThat(messages.getMessage("search.found", new Object[] {1}, ITALIAN)).isEqualTo("1 istanza trovata");
        assertThat(messages.getMessage("home.awaiting", new Object[] {1}, ITALIAN))
                .isEqualTo("Hai 1 istanza in attesa di integrazione.");
        assertThat(messages.getMessage("files.rules", new Object[] {"PDF", "10 MB", 1}, ENGLISH))
                .isEqualTo("Allowed types: PDF; maximum size 10 MB per file; up to 1 file.");
        assertThat(messages.getMessage("problem.dataInvalid.detailFirst", new Object[] {101, 1}, ITALIAN))
                .startsWith("I dati contengono 101 errori: il primo è elencato in errors");
        assertThat(messages.getMessage("problem.overload.detail", new Object[] {1}, ENGLISH))
                .startsWith("Too many requests right now: try again in 1 second.");
    }

    @Test
    void apostrophesAreOneWithOrWithoutArguments() {
        assertThat(messages.getMessage("problem.transitionNotAllowed.detail", new Object[] {"Invia", "Da inviare"}, ITALIAN))
                .isEqualTo("L'azione «Invia» non è consentita nello stato «Da inviare».");
        assertThat(messages.getMessage("missing.key", new Object[] {2}, "{0, plural, one {# riga} other {# righe}}", ITALIAN))
                .isEqualTo("2 righe");
    }
}
