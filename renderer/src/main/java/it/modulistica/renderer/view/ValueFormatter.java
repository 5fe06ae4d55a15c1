package it.modulistica.renderer.view;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FileReference;
import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.Option;
import it.modulistica.engine.definition.Widget;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A stored value as the reader should see it: dates as {@code dd/MM/yyyy}, booleans as "Sì"/"No",
 * codes as the names of their options, decimals with the language's separator, uploaded files as
 * their names and sizes one per line, an absent value as "—". Every text is made safe for XML, since the receipt is parsed as XHTML.
 */
final class ValueFormatter {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final Map<String, String> labels;
    private final Locale locale;
    private final OptionLookup options;

    ValueFormatter(Map<String, String> labels, Locale locale, OptionLookup options) {
        this.labels = labels;
        this.locale = locale;
        this.options = options;
    }

    /** Replaces characters XML 1.0 does not allow (controls, lone surrogates) with U+FFFD. */
    static String clean(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("\uFFFD");
    }

    /** The non-blank lines of a text: the paragraphs of a description. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    paragraphs.add(clean(line.strip()));
                }
            }
        }
        return paragraphs;
    }

    static boolean isAbsent(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty());
    }

    String empty() {
        return labels.get("empty");
    }

    /** The value of a field in the given rows of its groups, as one text (lines split by "\n"). */
    String format(Field field, JsonNode value, int[] rows) {
        if (isAbsent(value)) {
            return empty();
        }
        if (field.isFile() && value.isArray()) {
            List<String> files = new ArrayList<>();
            value.forEach(item -> files.add(FileReference.of(item)
                    .map(file -> clean(file.name()) + " (" + FileRules.describeSize(file.size(), locale) + ")")
                    .orElse(clean(item.toString()))));
            return String.join("\n", files);
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(scalar(field, item, rows)));
            return String.join(", ", parts);
        }
        return scalar(field, value, rows);
    }

    private String scalar(Field field, JsonNode value, int[] rows) {
        if (value.isBoolean() && field.options() == null) {
            return labels.get(value.booleanValue() ? "yes" : "no");
        }
        if (field.options() != null && value.isValueNode()) {
            return clean(options.find(field, value.asText())
                    .map(Option::label)
                    .map(label -> label.in(locale))
                    .orElse(value.asText()));
        }
        if (value.isNumber()) {
            BigDecimal step = field.constraints().multipleOf();
            if (step != null && step.stripTrailingZeros().scale() > 0) {
                // Amounts with a decimal step (0.01 for euro) keep their decimals and group thousands.
                NumberFormat grouped = NumberFormat.getNumberInstance(locale);
                int decimals = step.stripTrailingZeros().scale();
                grouped.setMinimumFractionDigits(decimals);
                grouped.setMaximumFractionDigits(decimals);
                return grouped.format(value.decimalValue());
            }
            String plain = value.decimalValue().stripTrailingZeros().toPlainString();
            return "it".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
        }
        if (value.isTextual()) {
            return clean(text(field, value.asText()));
        }
        return clean(value.toString());
    }

    private static String text(Field field, String text) {
        String format = field.constraints().format();
        try {
            if ("date".equals(format) || field.widget() == Widget.DATE) {
                return LocalDate.parse(text).format(DATE);
            }
            if ("date-time".equals(format)) {
                return text.length() > 19 ? OffsetDateTime.parse(text).atZoneSameInstant(ROME).format(DATE_TIME)
                        : LocalDateTime.parse(text).format(DATE_TIME);
            }
        } catch (DateTimeParseException notADate) {
            // A draft may hold a date still being typed: it is shown as written.
            return text;
        }
        return text;
    }
}
