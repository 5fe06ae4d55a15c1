package it.modulistica.app.pages;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.workflow.State;
import it.modulistica.workflow.WorkflowDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** How pages name modules and states and print times: in the reader's language, in Europe/Rome. */
@Component
public class InstanceLabels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final FormCatalog catalog;

    InstanceLabels(FormCatalog catalog) {
        this.catalog = catalog;
    }

    /** The module's title, or its code when it is no longer published. */
    public String moduleTitle(String formCode, Locale locale) {
        return catalog.find(formCode).map(definition -> definition.title().in(locale)).orElse(formCode);
    }

    /** The state's label in the module's workflow, or its code when the module is no longer published. */
    public String stateLabel(String formCode, String stateCode, Locale locale) {
        return catalog.find(formCode)
                .flatMap(definition -> catalog.workflow(definition.workflow()))
                .flatMap(workflow -> workflow.state(stateCode))
                .map(State::label).map(label -> label.in(locale))
                .orElse(stateCode);
    }

    public Optional<FormDefinition> module(String formCode) {
        return catalog.find(formCode);
    }

    public Optional<WorkflowDefinition> workflow(String code) {
        return catalog.workflow(code);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(OpeningWindow.ZONE));
    }

    public static String date(LocalDateTime time) {
        return time == null ? "" : DATE.format(time);
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
