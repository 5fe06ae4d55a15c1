package it.modulistica.app.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import it.modulistica.app.organisations.Organisation;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.engine.backoffice.ExportedInstance;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.backoffice.OperatorSummary;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.Field;
import it.modulistica.renderer.view.OptionLookup;
import it.modulistica.workflow.State;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.context.MessageSource;

/**
 * The cells of an export: the header rows and, for each instance, its row (number, state, sending
 * time, organisation, declarant, then its fields) and one row per item of each repeatable group,
 * keyed by the instance's number. Values are written as stored (codes, ISO dates); numbers stay
 * numbers, yes/no fields read "Sì"/"No", lists are joined with ", ". An option-label column gives the
 * label of the stored code (of each code, for a list), found in the field's options as the pages
 * find it, and is empty for a code that is no longer among them.
 */
final class ExportRows {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final OperatorInstances.Module module;
    private final ExportLayout layout;
    private final MessageSource messages;
    private final Locale locale;
    private final OrganisationDirectory organisations;
    private final Map<String, String> organisationNames = new HashMap<>();
    private final OptionLookup options;

    ExportRows(OperatorInstances.Module module, ExportLayout layout, MessageSource messages, Locale locale,
            OrganisationDirectory organisations, DataSources dataSources) {
        this.options = new OptionLookup(dataSources, MissingNode.getInstance());
        this.module = module;
        this.layout = layout;
        this.messages = messages;
        this.locale = locale;
        this.organisations = organisations;
    }

    List<Object> header() {
        List<Object> cells = new ArrayList<>(List.of(text("export.number"), text("export.state"), text("export.sentAt"),
                text("export.organisation"), text("export.declarant"), text("export.declarantCode"),
                text("export.protocolNumber"), text("export.protocolDate")));
        layout.columns().forEach(column -> cells.add(column.header()));
        return cells;
    }

    List<Object> groupHeader(ExportLayout.Group group) {
        List<Object> cells = new ArrayList<>(List.of(text("export.number"), text("export.item")));
        group.columns().forEach(column -> cells.add(column.header()));
        return cells;
    }

    List<Object> row(ExportedInstance instance) {
        OperatorSummary summary = instance.summary();
        List<Object> cells = new ArrayList<>();
        cells.add(number(summary));
        cells.add(module.workflow().state(summary.state()).map(State::label).map(label -> label.in(locale))
                .orElse(summary.state()));
        cells.add(summary.sentAt() == null ? "" : DATE_TIME.format(summary.sentAt().atZone(ROME)));
        cells.add(organisation(summary.organisation()));
        cells.add(orEmpty(summary.declarantName()));
        cells.add(orEmpty(summary.declarantCode()));
        cells.add(summary.protocol() == null ? "" : summary.protocol().number());
        cells.add(summary.protocol() == null ? "" : summary.protocol().date().toString());
        layout.columns().forEach(column -> cells.add(cell(column, column.valueIn(instance.data()))));
        return cells;
    }

    /** The rows of one group of the instance, one per item, keyed by the instance's number and the item's position. */
    List<List<Object>> groupRows(ExportLayout.Group group, ExportedInstance instance) {
        List<List<Object>> rows = new ArrayList<>();
        JsonNode items = instance.data().at(group.pointer());
        int position = 0;
        for (JsonNode item : items.isArray() ? items : List.<JsonNode>of()) {
            List<Object> cells = new ArrayList<>(List.of(number(instance.summary()), BigDecimal.valueOf(++position)));
            group.columns().forEach(column -> cells.add(cell(column, column.valueIn(item))));
            rows.add(cells);
        }
        return rows;
    }

    private static String number(OperatorSummary summary) {
        return summary.number() == null ? summary.id().toString() : summary.number();
    }

    private Object cell(ExportLayout.Column column, JsonNode value) {
        return column.showsOptionLabels() ? optionLabels(column.labelOf(), value) : value(value);
    }

    private String optionLabels(Field field, JsonNode value) {
        if (value.isArray()) {
            List<String> labels = new ArrayList<>();
            value.forEach(item -> labels.add(optionLabels(field, item)));
            return String.join(", ", labels);
        }
        if (!value.isValueNode() || value.isNull()) {
            return "";
        }
        return options.find(field, value.asText()).map(option -> option.label().in(locale)).orElse("");
    }

    private Object value(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return text(value.asBoolean() ? "export.yes" : "export.no");
        }
        if (value.isArray() && StreamSupport.stream(value.spliterator(), false)
                .allMatch(JsonNode::isValueNode)) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.asText()));
            return String.join(", ", parts);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private String organisation(String code) {
        if (code == null) {
            return "";
        }
        return organisationNames.computeIfAbsent(code, key -> organisations.find(key).map(Organisation::name)
                .map(name -> name + " (" + key + ")").orElse(key));
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    private static String orEmpty(String text) {
        return Optional.ofNullable(text).orElse("");
    }
}
