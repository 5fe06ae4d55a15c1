package it.modulistica.renderer.wizard;

import java.util.List;
import java.util.Map;

/**
 * The editable fields of one wizard step, as the template prints them.
 *
 * @param index    the step's position, from 0
 * @param title    the step's title
 * @param intro    its introduction, in paragraphs
 * @param controls the fields, sections and groups in definition order
 * @param errors   the step's error messages in field order, for the summary above the fields
 * @param labels   the page's own texts in the reader's language
 * @param language {@code it} or {@code en}
 * @param logic    what a script needs to evaluate the {@code x-visible-when} expressions as the
 *                 server does: the saved data, the JSON type of every field and today's date
 */
public record WizardStepView(
        int index,
        String title,
        List<String> intro,
        List<Control> controls,
        List<ErrorLink> errors,
        Map<String, String> labels,
        String language,
        LogicContext logic) {

    public WizardStepView {
        intro = List.copyOf(intro);
        controls = List.copyOf(controls);
        errors = List.copyOf(errors);
        labels = Map.copyOf(labels);
    }

    /**
     * @param dataJson       the saved data, as JSON
     * @param fieldTypesJson the JSON type of each value field by data path ({@code /figli/*}{@code /nome}), as JSON
     * @param today          the day in Europe/Rome, {@code YYYY-MM-DD}
     */
    public record LogicContext(String dataJson, String fieldTypesJson, String today) {
    }

    /** An error of the summary: the id of the element it belongs to, its label and the message. */
    public record ErrorLink(String id, String label, String message) {
    }
}
