package it.modulistica.app.instances;

import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.lifecycle.InstanceView;
import it.modulistica.engine.lifecycle.ReceiptPrinter;
import it.modulistica.renderer.InstanceHeader;
import it.modulistica.renderer.InstanceRenderer;
import it.modulistica.renderer.RenderRequest;
import it.modulistica.workflow.State;
import java.util.Locale;

/**
 * Receipts as PDF through the renderer: printed in Italian after an instance is sent (the engine
 * orders, stores and hands them out, see {@code ReceiptOutbox}), and on demand, with the "BOZZA" watermark, for instances not sent yet. A
 * module's own {@code receipt.ftlh} replaces the standard layout.
 */
final class RenderedReceipts implements ReceiptPrinter {

    private final InstanceRenderer renderer;
    private final FormCatalog catalog;
    private final InstanceHeaders headers;

    RenderedReceipts(InstanceRenderer renderer, FormCatalog catalog, InstanceHeaders headers) {
        this.renderer = renderer;
        this.catalog = catalog;
        this.headers = headers;
    }

    @Override
    public byte[] print(Instance instance, FormDefinition definition, State state) {
        return pdf(instance, definition, state, Locale.ITALIAN);
    }

    /** The PDF of an instance as it is now, in the reader's language. */
    byte[] onDemand(InstanceView view, Locale locale) {
        return pdf(view.instance(), view.definition(), view.state(), locale);
    }

    private byte[] pdf(Instance instance, FormDefinition definition, State state, Locale locale) {
        InstanceHeader header = headers.of(instance, definition, state, locale);
        RenderRequest request = new RenderRequest(definition, instance.frozenData().orElse(instance.data()),
                catalog.dataSources(), header, locale);
        return renderer.pdf(request, catalog.receiptTemplate(definition.code()).orElse(null));
    }
}
