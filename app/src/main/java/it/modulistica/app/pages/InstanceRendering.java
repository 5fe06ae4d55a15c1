package it.modulistica.app.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.app.instances.InstanceHeaders;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.lifecycle.InstanceView;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ValidationLevel;
import it.modulistica.engine.validation.Violation;
import it.modulistica.engine.validation.ViolationMessages;
import it.modulistica.renderer.InstanceHeader;
import it.modulistica.renderer.InstanceRenderer;
import it.modulistica.renderer.RenderRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The renderer's outputs for the pages, and the wizard's view of the data: step by step, checked at complete level. */
@Component
public class InstanceRendering {

    private final InstanceRenderer renderer;
    private final FormCatalog catalog;
    private final FormValidator validator;
    private final ViolationMessages messages;
    private final InstanceHeaders headers;

    InstanceRendering(InstanceRenderer renderer, FormCatalog catalog, FormValidator validator,
            ViolationMessages messages, InstanceHeaders headers) {
        this.headers = headers;
        this.renderer = renderer;
        this.catalog = catalog;
        this.validator = validator;
        this.messages = messages;
    }

    /** The module's processing times as dates for the pages, empty before sending. */
    public List<DueLine> dueDates(InstanceView view, Locale locale) {
        return headers.dueDates(view.instance(), view.definition()).stream()
                .map(due -> new DueLine(due.label().in(locale), InstanceLabels.day(due.date()), due.workingDays()))
                .toList();
    }

    /** A processing time on a page: what happens, from which date, after how many working days. */
    public record DueLine(String label, String date, int workingDays) {
    }

    /** The read-only page of the instance ("Visualizza"), frozen data once sent. */
    public String html(InstanceView view, Locale locale) {
        Instance instance = view.instance();
        return renderer.html(request(view, instance.frozenData().orElse(instance.data()), locale));
    }

    /** The editable fields of step {@code index} (from 0) holding {@code data}, with messages beside the fields. */
    public String step(InstanceView view, ObjectNode data, int index, Map<String, String> errors, Locale locale) {
        return renderer.wizardStep(request(view, data, locale), index, errors,
                "/api/instances/" + view.instance().id() + "/files/", view.lockedFields());
    }

    /** The complete-level violations of one step's fields, as messages by pointer, in field order. */
    public Map<String, String> stepErrors(FormDefinition definition, ObjectNode data, int index, Locale locale) {
        String prefix = "/" + definition.steps().get(index).name();
        List<Violation> violations = validator.validate(definition, data, ValidationLevel.COMPLETE).violations();
        return messages(violations.stream()
                .filter(v -> v.pointer().equals(prefix) || v.pointer().startsWith(prefix + "/")).toList(), locale);
    }

    /** Messages by pointer, the first per pointer, in the order given. */
    public Map<String, String> messages(List<Violation> violations, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.pointer(), messages.message(v, locale)));
        return errors;
    }

    /**
     * Where a draft is resumed: the first step whose fields are not complete yet, or the last step
     * when every step is complete.
     */
    public int resumeStep(FormDefinition definition, ObjectNode data) {
        List<Violation> violations = validator.validate(definition, data, ValidationLevel.COMPLETE).violations();
        List<Field> steps = definition.steps();
        for (int i = 0; i < steps.size(); i++) {
            String prefix = "/" + steps.get(i).name();
            if (violations.stream().anyMatch(v -> v.pointer().equals(prefix) || v.pointer().startsWith(prefix + "/"))) {
                return i;
            }
        }
        return steps.size() - 1;
    }

    private RenderRequest request(InstanceView view, ObjectNode data, Locale locale) {
        Instance instance = view.instance();
        InstanceHeader header = headers.of(instance, view.definition(), view.state(), locale);
        return new RenderRequest(view.definition(), data, catalog.dataSources(), header, locale);
    }
}
