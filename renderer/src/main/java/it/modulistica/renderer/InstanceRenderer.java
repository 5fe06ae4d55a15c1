package it.modulistica.renderer;

import it.modulistica.renderer.pdf.PdfPrinter;
import it.modulistica.renderer.view.InstanceView;
import it.modulistica.renderer.view.InstanceViews;
import it.modulistica.renderer.wizard.WizardStepView;
import it.modulistica.renderer.wizard.WizardSteps;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders any instance from its definition and data: the read-only page ("Visualizza"), the PDF
 * receipt, the receipt e-mail and the wizard's editable fields of one step. All outputs print one
 * view model built from the request; values are escaped, so markup or template syntax in the data
 * shows as text. Safe for concurrent use; create one per application, since construction loads the
 * fonts and the templates.
 *
 * <p>A module may bring its own receipt template ({@code forms/<code>/receipt.ftlh}): it receives
 * {@code view} ({@link InstanceView}) and may {@code <#import "blocks.ftlh" as b>} to reuse the
 * standard macros ({@code b.header}, {@code b.steps}) and link {@code receipt.css}. It is printed
 * with HTML auto-escaping and without access to Java classes, and its PDF may load nothing but the
 * renderer's own classpath files.
 */
public final class InstanceRenderer {

    private final Templates templates = new Templates();
    private final PdfPrinter printer = new PdfPrinter();

    /** The view model the outputs print, for pages that lay it out themselves. */
    public InstanceView view(RenderRequest request) {
        return InstanceViews.build(request);
    }

    /** The read-only page of the instance: an HTML fragment (a {@code div}) with header and data. */
    public String html(RenderRequest request) {
        return templates.print("view.ftlh", model(InstanceViews.build(request)));
    }

    /** The receipt as the XHTML document the PDF is printed from. */
    public String receiptHtml(RenderRequest request) {
        return receiptHtml(request, null);
    }

    /**
     * The receipt as XHTML, from the module's own template when given.
     *
     * @param receiptTemplate the text of {@code forms/<code>/receipt.ftlh}, or {@code null} for the
     *                        standard receipt
     */
    public String receiptHtml(RenderRequest request, String receiptTemplate) {
        Map<String, Object> model = model(InstanceViews.build(request));
        return receiptTemplate == null ? templates.print("receipt.ftlh", model)
                : templates.printOverride(request.definition().code() + "-receipt.ftlh", receiptTemplate, model);
    }

    /**
     * The PDF receipt: A4, header and footer with "Pagina x di y", a "BOZZA" watermark while the
     * instance is a draft; once sent, the number, the sending date and time and the SHA-256 of the
     * frozen data.
     */
    public byte[] pdf(RenderRequest request) {
        return pdf(request, null);
    }

    /**
     * The PDF receipt from the module's own template when given.
     *
     * @param receiptTemplate the text of {@code forms/<code>/receipt.ftlh}, or {@code null}
     * @throws RenderingFailed if the template fails or its output is not well-formed XHTML
     */
    public byte[] pdf(RenderRequest request, String receiptTemplate) {
        String xhtml = receiptHtml(request, receiptTemplate);
        try {
            return printer.print(xhtml);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RenderingFailed("The receipt of " + request.definition() + " cannot be printed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The act ("atto") an action issues, printed as PDF from the module's template for the action
     * ({@code forms/<code>/atto-<action>.ftlh}). The template receives {@code view} as a receipt
     * does and {@code act} ({@link IssuedAct}: action, note, who and when); it may import
     * {@code blocks.ftlh} and link {@code receipt.css} like a receipt template.
     *
     * @throws RenderingFailed if the template fails or its output is not well-formed XHTML
     */
    public byte[] issuedDocumentPdf(RenderRequest request, String template, IssuedAct act) {
        Map<String, Object> model = model(InstanceViews.build(request));
        model.put("act", act);
        String xhtml = templates.printOverride(request.definition().code() + "-atto-" + act.actionCode() + ".ftlh",
                template, model);
        try {
            return printer.print(xhtml);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RenderingFailed("The act " + act.actionCode() + " of " + request.definition()
                    + " cannot be printed: " + e.getMessage(), e);
        }
    }

    /** The receipt e-mail: subject, inline-styled HTML and plain text with the same content. */
    public Mail mailBody(RenderRequest request) {
        InstanceView view = InstanceViews.build(request);
        Map<String, String> labels = view.labels();
        String number = view.header().number() == null ? labels.get("empty") : view.header().number();
        Locale locale = request.locale();
        String subject = new MessageFormat(labels.get("mailSubject"), ULocale.forLocale(locale)).format(new Object[] {view.moduleTitle(), number});
        String sentence = new MessageFormat(labels.get("mailSent"), ULocale.forLocale(locale)).format(new Object[] {
            number, view.moduleTitle(),
            orEmpty(view.header().sentDate(), labels), orEmpty(view.header().sentTime(), labels)});
        Map<String, Object> model = model(view);
        model.put("subject", subject);
        model.put("sentence", sentence);
        return new Mail(subject, templates.print("mail.ftlh", model), templates.print("mail-text.ftl", model).strip() + "\n");
    }

    /**
     * The editable fields of step {@code step} (from 0), to be placed inside the page's
     * {@code <form method="post">}: input names are the JSON pointers of the data, read back with
     * {@link it.modulistica.renderer.wizard.FormPostReader}.
     *
     * @param errors messages to show beside the fields, by the JSON pointer of the value
     * @throws IllegalArgumentException if the definition has no such step
     */
    public String wizardStep(RenderRequest request, int step, Map<String, String> errors) {
        return wizardStep(request, step, errors, null);
    }

    /**
     * The editable fields of a step, file fields listing their uploaded files with a download link.
     *
     * @param filePath where an uploaded file is downloaded, its id appended; {@code null} for no links
     */
    public String wizardStep(RenderRequest request, int step, Map<String, String> errors, String filePath) {
        return wizardStep(request, step, errors, filePath, Set.of());
    }

    /**
     * The fields of one wizard step, with the values the compiler may not change ({@code locked}:
     * prefilled from the profile, or by any other platform source) printed as read-only text.
     */
    public String wizardStep(RenderRequest request, int step, Map<String, String> errors, String filePath,
            Set<String> locked) {
        WizardStepView view = WizardSteps.build(request, step, errors, filePath, locked);
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        return templates.print("wizard-step.ftlh", model);
    }

    private static Map<String, Object> model(InstanceView view) {
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        return model;
    }

    private static String orEmpty(String text, Map<String, String> labels) {
        return text == null ? labels.get("empty") : text;
    }
}
