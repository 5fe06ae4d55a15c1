package it.modulistica.app.instances;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.lifecycle.IssuedDocumentPrinter;
import it.modulistica.renderer.InstanceHeader;
import it.modulistica.renderer.InstanceRenderer;
import it.modulistica.renderer.IssuedAct;
import it.modulistica.renderer.RenderRequest;
import it.modulistica.workflow.Action;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Acts ("atti") printed through the renderer from the template a module brings for an action,
 * {@code forms/<code>/atto-<action>.ftlh}, in Italian, with the instance's frozen data.
 */
final class RenderedIssuedDocuments implements IssuedDocumentPrinter {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final InstanceRenderer renderer;
    private final FormCatalog catalog;

    RenderedIssuedDocuments(InstanceRenderer renderer, FormCatalog catalog) {
        this.renderer = renderer;
        this.catalog = catalog;
    }

    @Override
    public Optional<byte[]> print(Instance instance, FormDefinition definition, Action action, String note, String actor,
            Instant at) {
        return catalog.issuedDocumentTemplate(definition.code(), action.code()).map(template -> {
            InstanceHeader header = new InstanceHeader(instance.number().orElse(null), action.label().in(Locale.ITALIAN),
                    instance.createdAt(), instance.sentAt().orElse(null), instance.frozenSha256().orElse(null), false);
            RenderRequest request = new RenderRequest(definition, instance.frozenData().orElse(instance.data()),
                    catalog.dataSources(), header, Locale.ITALIAN);
            var local = at.atZone(ROME);
            IssuedAct act = new IssuedAct(action.code(), action.label().in(Locale.ITALIAN), note == null ? "" : note, actor,
                    local.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), local.format(DateTimeFormatter.ofPattern("HH:mm")));
            return renderer.issuedDocumentPdf(request, template, act);
        });
    }
}
