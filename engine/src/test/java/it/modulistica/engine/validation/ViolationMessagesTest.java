package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.engine.definition.LocalizedText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Violation messages are ICU message formats: counts take the plural form of the language. */
class ViolationMessagesTest {

    private final ViolationMessages messages = new ViolationMessages();

    private String message(String code, Object limit, Locale locale) {
        return messages.message(new Violation("/x", code, Map.of("limit", limit)), locale);
    }

    @Test
    void countsTakeTheSingularForOneAndThePluralOtherwise() {
        assertThat(message("minItems", 1, Locale.ITALIAN)).isEqualTo("Inserire almeno 1 elemento");
        assertThat(message("minItems", 3, Locale.ITALIAN)).isEqualTo("Inserire almeno 3 elementi");
        assertThat(message("maxLength", 1, Locale.ENGLISH)).isEqualTo("Enter at most 1 character");
        assertThat(message("maxLength", 100, Locale.ENGLISH)).isEqualTo("Enter at most 100 characters");
        assertThat(message("tooManyFiles", 1, Locale.ITALIAN)).isEqualTo("Si può caricare al massimo 1 file");
        assertThat(message("tooManyFiles", 3, Locale.ENGLISH)).isEqualTo("At most 3 files can be uploaded");
    }

    @Test
    void otherNumbersArePrintedAsWrittenAndApostrophesStay() {
        assertThat(message("minimum", new BigDecimal("1900"), Locale.ITALIAN)).isEqualTo("Il valore minimo ammesso è 1900");
        assertThat(message("minimum", new BigDecimal("0.01"), Locale.ITALIAN)).isEqualTo("Il valore minimo ammesso è 0.01");
        assertThat(messages.message(new Violation("/x", "filesTooLarge", Map.of("limit", "3 MB")), Locale.ITALIAN))
                .isEqualTo("Gli allegati dell'istanza supererebbero in totale 3 MB");
    }

    @Test
    void ruleMessagesAreTheAuthorsInTheReadersLanguage() {
        Violation rule = new Violation("/figli/0/dataNascita", "rule",
                Map.of("message", new LocalizedText("Almeno 3 anni", Map.of("en", "At least 3 years old"))));

        assertThat(messages.message(rule, Locale.ITALIAN)).isEqualTo("Almeno 3 anni");
        assertThat(messages.message(rule, Locale.ENGLISH)).isEqualTo("At least 3 years old");
    }

    @Test
    void everyMessageOfBothBundlesFormatsWithoutLeftovers() throws java.io.IOException {
        java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{(\\w+)\\s*(,)?");
        for (String file : java.util.List.of("messages.properties", "messages_en.properties")) {
            java.util.Properties bundle = new java.util.Properties();
            try (java.io.InputStream in = ViolationMessages.class.getResourceAsStream(file)) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            Locale locale = file.contains("_en") ? Locale.ENGLISH : Locale.ITALIAN;
            for (String key : bundle.stringPropertyNames()) {
                for (int count : new int[] {0, 1, 2}) {
                    Map<String, Object> args = new java.util.HashMap<>();
                    java.util.regex.Matcher matcher = argument.matcher(bundle.getProperty(key));
                    while (matcher.find()) {
                        args.put(matcher.group(1), matcher.group(2) != null ? (Object) count : "testo");
                    }
                    String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                    if (key.contains(".")) {
                        args.put(switch (code) { case "format" -> "format"; default -> "expected"; },
                                key.substring(key.indexOf('.') + 1));
                    }
                    String text = messages.message(new Violation("/x", code, args), locale);
                    assertThat(text).as(file + " " + key).isNotBlank().doesNotContain("{", "}", "''")
                            .doesNotContainPattern("\\b1 (elementi|caratteri|elements|characters|files)\\b");
                }
            }
        }
    }
}
