package it.modulistica.renderer.view;

import java.util.List;
import java.util.Map;

/**
 * What the read-only page, the receipt and the e-mail print: the header, then each step with its
 * sections, fields and tables, every value already formatted for the reader's language.
 *
 * @param moduleTitle the module's title
 * @param moduleCode  the module's code
 * @param version     the module's version
 * @param header      number, state and dates
 * @param steps       the visible steps, in order
 * @param labels      the page's own texts by key, in the reader's language
 * @param language    {@code it} or {@code en}, for the {@code lang} attribute
 */
public record InstanceView(
        String moduleTitle,
        String moduleCode,
        String version,
        HeaderView header,
        List<StepView> steps,
        Map<String, String> labels,
        String language) {

    public InstanceView {
        steps = List.copyOf(steps);
        labels = Map.copyOf(labels);
    }
}
