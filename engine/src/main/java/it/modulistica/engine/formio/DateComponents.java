package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * form.io's datetime component: a date when {@code enableTime} is off, a time when
 * {@code enableDate} is off, else a date-time; fixed bounds of a date become
 * {@code x-minDate}/{@code x-maxDate}.
 */
final class DateComponents {

    private DateComponents() {
    }

    static FieldTranslator.Translated dateTime(JsonNode c, ObjectNode node, boolean required, ImportNotes notes,
            FieldTranslator texts) {
        boolean date = !c.path("enableTime").isMissingNode() && !FormioJson.isTrue(c.path("enableTime"));
        boolean time = !c.path("enableDate").isMissingNode() && !FormioJson.isTrue(c.path("enableDate"));
        node.put("type", "string");
        texts.texts(c, node);
        if (time && !date) {
            node.put("pattern", FieldTranslator.TIME_PATTERN);
            if (!node.has("x-placeholder")) {
                node.put("x-placeholder", "hh:mm");
            }
            return new FieldTranslator.Translated(node, Shape.STRING, required, "");
        }
        if (!date) {
            node.put("format", "date-time");
            if (!node.has("x-placeholder")) {
                node.put("x-placeholder", "2025-01-31T09:30:00+01:00");
            }
            notes.changed(c, "Data e ora si scrivono in un campo di testo nel formato ISO 8601 con fuso "
                    + "(2025-01-31T09:30:00+01:00); per la sola data usare \"format\": \"date\".");
            return new FieldTranslator.Translated(node, Shape.STRING, required, "");
        }
        node.put("format", "date");
        bound(c, node, "minDate", "x-minDate", notes);
        bound(c, node, "maxDate", "x-maxDate", notes);
        return new FieldTranslator.Translated(node, Shape.STRING, required,
                "form.io salva data e ora (2025-01-31T00:00:00+01:00): qui la sola data (2025-01-31)");
    }

    private static void bound(JsonNode c, ObjectNode node, String formioKey, String keyword, ImportNotes notes) {
        String value = FormioJson.text(c.path("datePicker"), formioKey);
        if (value.isEmpty()) {
            value = FormioJson.text(c.path("widget"), formioKey);
        }
        if (value.isEmpty()) {
            return;
        }
        if (value.replace(" ", "").equals("moment()")) {
            node.put(keyword, "today");
            return;
        }
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        try {
            LocalDate.parse(day);
            node.put(keyword, day);
        } catch (DateTimeParseException e) {
            notes.notCarried(c, "Il limite " + formioKey + " \"" + value + "\" non è una data fissa: non riportato "
                    + "(ammessi una data o \"today\").");
        }
    }
}
