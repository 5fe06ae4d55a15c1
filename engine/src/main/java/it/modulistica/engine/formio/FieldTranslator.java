package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One form.io input or content component as a field of the platform's format: type, format and
 * widget, texts, {@code validate.*} limits and choices. Whatever does not carry over is noted.
 */
final class FieldTranslator {

    static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

    /**
     * A translated component.
     *
     * @param node     the field's node
     * @param shape    the shape of its value, for conditions
     * @param required whether it goes into the parent's {@code required}
     * @param dataNote how a value of form.io's data changes on the way, or {@code ""}
     */
    record Translated(ObjectNode node, Shape shape, boolean required, String dataNote) {
    }

    private final ImportNotes notes;

    FieldTranslator(ImportNotes notes) {
        this.notes = notes;
    }

    /** The field, or empty when the type is not one this translator knows. */
    Optional<Translated> translate(JsonNode c) {
        String type = c.path("type").asText("");
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        boolean required = FormioJson.isTrue(c.path("validate").path("required"));
        switch (type) {
            case "textfield", "textarea", "email", "url", "phoneNumber" -> {
                return Optional.of(text(c, node, type, required));
            }
            case "number", "currency" -> {
                return Optional.of(number(c, node, type, required));
            }
            case "checkbox" -> {
                node.put("type", "boolean");
                texts(c, node);
                if (required) {
                    node.put("const", true);
                }
                if ("radio".equals(c.path("inputType").asText())) {
                    notes.changed(c, "La casella di tipo radio (gruppo \"" + c.path("name").asText("") + "\", valore \""
                            + c.path("value").asText("") + "\") diventa una casella sì/no.");
                }
                return Optional.of(new Translated(node, Shape.BOOLEAN, required, ""));
            }
            case "selectboxes" -> {
                return Optional.ofNullable(multiple(c, node, "checkbox", required, Choices.of(c, notes),
                        "form.io salva un oggetto {\"valore\": true, ...}: qui l'elenco dei valori scelti"));
            }
            case "radio", "select" -> {
                ArrayNode choices = Choices.of(c, notes);
                if (choices != null && "select".equals(type) && FormioJson.isTrue(c.path("multiple"))) {
                    return Optional.of(multiple(c, node, "select", required, choices, ""));
                }
                node.put("type", "string");
                texts(c, node);
                if (choices == null) {
                    if (!"select".equals(type) || c.path("dataSrc").asText("values").equals("values")) {
                        notes.changed(c, "Nessuna scelta indicata: il campo diventa un testo libero.");
                    }
                    return Optional.of(new Translated(node, Shape.STRING, required, ""));
                }
                if ("radio".equals(type)) {
                    node.put("x-widget", "radio");
                }
                node.set("oneOf", choices);
                return Optional.of(new Translated(node, Shape.STRING, required, ""));
            }
            case "day" -> {
                node.put("type", "string");
                texts(c, node);
                node.put("format", "date");
                JsonNode fields = c.path("fields");
                if (FormioJson.isTrue(fields.path("day").path("hide")) || FormioJson.isTrue(fields.path("month").path("hide"))
                        || FormioJson.isTrue(fields.path("year").path("hide"))) {
                    notes.changed(c, "Le date parziali (giorno, mese o anno nascosto) non sono ammesse: si chiede la data intera.");
                }
                return Optional.of(new Translated(node, Shape.STRING, required, "form.io salva "
                        + (FormioJson.isTrue(c.path("dayFirst")) ? "GG/MM/AAAA" : "MM/GG/AAAA") + ": qui AAAA-MM-GG"));
            }
            case "datetime" -> {
                return Optional.of(DateComponents.dateTime(c, node, required, notes, this));
            }
            case "time" -> {
                node.put("type", "string");
                texts(c, node);
                node.put("pattern", TIME_PATTERN);
                if (!node.has("x-placeholder")) {
                    node.put("x-placeholder", "hh:mm");
                }
                return Optional.of(new Translated(node, Shape.STRING, required, ""));
            }
            case "file", "signature" -> {
                node.put("type", "array");
                texts(c, node);
                if ("file".equals(type)) {
                    FileComponents.file(c, node, required, notes);
                } else {
                    FileComponents.signature(c, node, required, notes);
                }
                return Optional.of(new Translated(node, Shape.OTHER, false, "signature".equals(type)
                        ? "form.io salva l'immagine della firma nei dati (data URL): non si importa come dato"
                        : "i file salvati da form.io (storage \"" + c.path("storage").asText("base64")
                                + "\") non passano con i dati: vanno caricati di nuovo"));
            }
            case "htmlelement", "content" -> {
                HtmlText.Plain text = HtmlText.plain(c.path("htmlelement".equals(type) ? "content" : "html").asText(""));
                if (text.text().isEmpty()) {
                    notes.notCarried(c, "Testo vuoto: non riportato.");
                    return Optional.empty();
                }
                if (text.lossy()) {
                    notes.changed(c, "Immagini, riquadri incorporati e script del testo non sono riportati: resta il testo semplice.");
                }
                node.put("x-widget", "info");
                node.put("description", text.text());
                return Optional.of(new Translated(node, Shape.OTHER, false, ""));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Translated text(JsonNode c, ObjectNode node, String type, boolean required) {
        node.put("type", "string");
        texts(c, node);
        switch (type) {
            case "textarea" -> node.put("x-widget", "textarea");
            case "email" -> node.put("format", "email");
            case "url" -> node.put("format", "uri");
            case "phoneNumber" -> node.put("format", "telefono");
            default -> {
            }
        }
        JsonNode validate = c.path("validate");
        Integer min = FormioJson.count(validate.path("minLength"));
        Integer max = FormioJson.count(validate.path("maxLength"));
        if (min != null && min > 0) {
            node.put("minLength", min);
        }
        if (max != null && max > 0) {
            node.put("maxLength", max);
        }
        String pattern = FormioJson.text(validate, "pattern");
        if (!pattern.isEmpty()) {
            // form.io matches the whole value against the pattern; the platform's pattern matches anywhere.
            String anchored = "^(?:" + pattern + ")$";
            try {
                Pattern.compile(anchored);
                node.put("pattern", anchored);
            } catch (PatternSyntaxException e) {
                notes.notCarried(c, "L'espressione regolare \"" + pattern + "\" non è valida in Java (" + e.getDescription()
                        + "): non riportata.");
            }
        }
        if (!FormioJson.text(c, "inputMask").isEmpty()) {
            notes.changed(c, "La maschera di inserimento \"" + FormioJson.text(c, "inputMask") + "\" non è riportata"
                    + ("phoneNumber".equals(type) ? ": il formato telefono ammette cifre, spazi e un + iniziale" : "") + ".");
        }
        if ("textarea".equals(type) && !FormioJson.text(c, "editor").isEmpty()) {
            notes.changed(c, "L'editor di testo formattato (" + FormioJson.text(c, "editor") + ") diventa un'area di testo semplice.");
        }
        if (validate.has("minWords") && FormioJson.count(validate.path("minWords")) != null
                || validate.has("maxWords") && FormioJson.count(validate.path("maxWords")) != null) {
            notes.notCarried(c, "Il numero minimo o massimo di parole non è riportato.");
        }
        singleValue(c);
        return new Translated(node, Shape.STRING, required, "");
    }

    private Translated number(JsonNode c, ObjectNode node, String type, boolean required) {
        Integer decimals = FormioJson.count(c.path("decimalLimit"));
        if (decimals == null && "currency".equals(type)) {
            decimals = 2;
        }
        boolean integer = decimals != null && decimals == 0 || FormioJson.isTrue(c.path("validate").path("integer"));
        node.put("type", integer ? "integer" : "number");
        texts(c, node);
        BigDecimal min = FormioJson.decimal(c.path("validate").path("min"));
        BigDecimal max = FormioJson.decimal(c.path("validate").path("max"));
        if (min != null) {
            node.put("minimum", min);
        }
        if (max != null) {
            node.put("maximum", max);
        }
        if (!integer && decimals != null) {
            node.put("multipleOf", BigDecimal.ONE.movePointLeft(decimals));
        }
        String currency = FormioJson.text(c, "currency");
        if ("currency".equals(type) && !currency.isEmpty() && !"EUR".equalsIgnoreCase(currency)) {
            notes.changed(c, "Importo in " + currency + ": la piattaforma non indica la valuta, precisarla nell'etichetta.");
        }
        singleValue(c);
        return new Translated(node, Shape.NUMBER, required, "");
    }

    private Translated multiple(JsonNode c, ObjectNode node, String widget, boolean required, ArrayNode choices,
            String dataNote) {
        node.put("type", "array");
        texts(c, node);
        if (choices == null) {
            notes.notCarried(c, "Scelta multipla senza scelte: non riportata.");
            return null;
        }
        node.put("x-widget", widget);
        node.putObject("items").put("type", "string").set("oneOf", choices);
        Integer min = FormioJson.count(c.path("validate").path("minSelectedCount"));
        Integer max = FormioJson.count(c.path("validate").path("maxSelectedCount"));
        if (min != null && min > 0 || required) {
            node.put("minItems", Math.max(min == null ? 0 : min, required ? 1 : 0));
        }
        if (max != null && max > 0) {
            node.put("maxItems", max);
        }
        // A list is required through minItems, as the format does it: being in "required" too would add nothing.
        return new Translated(node, Shape.LIST, false, dataNote);
    }

    /** Label, description with tooltip, and placeholder. */
    void texts(JsonNode c, ObjectNode node) {
        String label = HtmlText.label(c.path("label").asText(""));
        if (!label.isEmpty()) {
            node.put("title", label);
        }
        String description = HtmlText.plain(c.path("description").asText("")).text();
        String tooltip = HtmlText.plain(c.path("tooltip").asText("")).text();
        String help = description.isEmpty() ? tooltip : tooltip.isEmpty() ? description : description + "\n" + tooltip;
        if (!help.isEmpty()) {
            node.put("description", help);
        }
        String placeholder = HtmlText.label(c.path("placeholder").asText(""));
        if (!placeholder.isEmpty()) {
            node.put("x-placeholder", placeholder);
        }
    }

    private void singleValue(JsonNode c) {
        if (FormioJson.isTrue(c.path("multiple"))) {
            notes.changed(c, "form.io ammette più valori (multiple): qui il campo ne ha uno solo.");
        }
    }
}
