package it.modulistica.app.pages.detail;

import it.modulistica.app.audit.InstanceReads;
import it.modulistica.app.instances.Callers;
import it.modulistica.app.mail.DeliveryStatus;
import it.modulistica.app.registration.RegistrationStatus;
import it.modulistica.app.pages.InstanceLabels;
import it.modulistica.app.pages.InstanceRendering;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.DataInvalid;
import it.modulistica.engine.lifecycle.HistoryEntry;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import it.modulistica.engine.lifecycle.ProtocolEntry;
import it.modulistica.engine.lifecycle.ProtocolRegister;
import it.modulistica.engine.lifecycle.InstanceView;
import it.modulistica.engine.lifecycle.ReceiptStatus;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.Effect;
import it.modulistica.workflow.NoteInput;
import it.modulistica.engine.lifecycle.ActionFiles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Dettaglio istanza, "Visualizza", the confirmation page of each permitted action (the dialog when
 * scripts run opens the same form) and the page shown once an instance is sent.
 */
@Controller
class DetailPages {

    private final InstanceLifecycle lifecycle;
    private final InstanceRendering rendering;
    private final InstanceLabels labels;
    private final DeliveryStatus deliveries;
    private final InstanceReads reads;
    private final InstanceFileRows fileRows;
    private final ProtocolRegister protocols;
    private final RegistrationStatus registrations;

    private final Callers callers;

    DetailPages(Callers callers, InstanceLifecycle lifecycle, InstanceRendering rendering, InstanceLabels labels,
            DeliveryStatus deliveries, InstanceReads reads, InstanceFileRows fileRows, ProtocolRegister protocols,
            RegistrationStatus registrations) {
        this.callers = callers;
        this.protocols = protocols;
        this.registrations = registrations;
        this.lifecycle = lifecycle;
        this.rendering = rendering;
        this.labels = labels;
        this.deliveries = deliveries;
        this.reads = reads;
        this.fileRows = fileRows;
    }

    /**
     * A permitted action: its code, button text, confirmation text, whether it takes a note, and
     * whether it takes attachments and an issued document (then its form posts files).
     */
    public record ActionChoice(String code, String label, String confirmation, boolean note, boolean noteRequired,
            boolean attachments, boolean issuedDocument, boolean sends) {

        public boolean files() {
            return attachments || issuedDocument;
        }
    }

    /** A row of "Storico lavorazione". */
    public record HistoryRow(String action, String from, String to, String actor, String at, String note) {
    }

    @GetMapping("/istanze/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) Integer reinviate, Authentication user,
            Locale locale, Model model) {
        Caller caller = callers.of(user);
        InstanceView view = lifecycle.get(id, caller);
        reads.read(id, view.instance().owner(), caller.username(), "page");
        summary(view, locale, model);
        model.addAttribute("receiptPreparing", lifecycle.receiptStatus(id, caller) == ReceiptStatus.PREPARING);
        operatorTools(view, caller, reinviate, locale, model);
        List<ActionChoice> actions = view.permittedActions().stream().map(a -> choice(a, locale)).toList();
        model.addAttribute("actions", actions);
        // Not sent yet, though it could be: the page says so, the manual's warning on DA INVIARE.
        model.addAttribute("unsent", view.instance().sentAt().isEmpty() && actions.stream().anyMatch(ActionChoice::sends));
        model.addAttribute("editable", view.state().ownerMayEdit() && view.instance().owner().equals(caller.username()));
        String form = view.definition().code();
        List<HistoryRow> history = lifecycle.history(id, caller).stream().map(entry -> new HistoryRow(
                actionLabel(view, entry, locale),
                entry.fromState() == null ? "" : labels.stateLabel(form, entry.fromState(), locale),
                labels.stateLabel(form, entry.toState(), locale),
                entry.actor(), InstanceLabels.dateTime(entry.at()), entry.note() == null ? "" : entry.note())).toList();
        model.addAttribute("history", history);
        model.addAttribute("deliveries", deliveries.summaries(id));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        InstanceFileRows.Listed files = fileRows.of(view, caller, locale);
        model.addAttribute("attachments", files.attachments());
        model.addAttribute("documents", files.documents());
        return "pages/detail";
    }

    /** The operator's page adds the data as sent and "Reinvia ricevuta" (see {@code backoffice/operator.ftlh}). */
    private void operatorTools(InstanceView view, Caller caller, Integer resent, Locale locale, Model model) {
        boolean operator = caller.operates(view.instance(), view.definition());
        model.addAttribute("operator", operator);
        if (operator) {
            model.addAttribute("operatorContent", rendering.html(view, locale));
            model.addAttribute("operatorForm", view.definition().code());
            model.addAttribute("hasReceipt", lifecycle.receiptStatus(view.instance().id(), caller) != ReceiptStatus.NONE);
            model.addAttribute("registrations", registrations.summaries(view.instance().id()));
            if (resent != null) {
                model.addAttribute("resent", resent);
            }
        }
    }

    @GetMapping("/istanze/{id}/visualizza")
    String view(@PathVariable UUID id, Authentication user, Locale locale, Model model) {
        InstanceView view = lifecycle.get(id, callers.of(user));
        reads.read(id, view.instance().owner(), user.getName(), "view");
        summary(view, locale, model);
        model.addAttribute("content", rendering.html(view, locale));
        return "pages/view";
    }

    @GetMapping("/istanze/{id}/azioni/{action}")
    String confirm(@PathVariable UUID id, @PathVariable String action, Authentication user, Locale locale,
            Model model) {
        return confirmPage(lifecycle.get(id, callers.of(user)), action, "", Map.of(), locale, model);
    }

    private String confirmPage(InstanceView view, String action, String note, Map<String, String> errors, Locale locale,
            Model model) {
        UUID id = view.instance().id();
        Action permitted = view.permittedActions().stream().filter(a -> a.code().equals(action)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        summary(view, locale, model);
        model.addAttribute("action", choice(permitted, locale));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("errors", errors);
        model.addAttribute("attachmentRules", fileRows.rules(ActionFiles.ATTACHMENT_RULES, locale));
        model.addAttribute("issuedDocumentRules", fileRows.rules(ActionFiles.ISSUED_DOCUMENT_RULES, locale));
        model.addAttribute("back", view.state().ownerMayEdit() && view.definition().steps().size() > 0
                ? "/istanze/" + id + "/passo/" + view.definition().steps().size() : "/istanze/" + id);
        return "pages/confirm";
    }

    /**
     * Takes the action; its files come in the same post ({@code attachments}, {@code issuedDocument}).
     * A refused file, or a post beyond the platform's cap, shows the confirmation page again with the
     * message beside its input; incomplete data leads back to the wizard.
     */
    @PostMapping("/istanze/{id}/azioni/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, HttpServletRequest request, Authentication user,
            Locale locale, Model model) {
        Caller caller = callers.of(user);
        InstanceView before = lifecycle.get(id, caller);
        boolean sentBefore = before.instance().sentAt().isPresent();
        Optional<ActionFiles> files = InstanceFileRows.actionFiles(request);
        String note = request.getParameter("note");
        if (files.isEmpty()) {
            return confirmPage(before, action, note, fileRows.tooLarge(locale), locale, model);
        }
        String requestKey = request.getParameter("requestKey");
        try {
            lifecycle.act(id, action, caller, note, requestKey == null || requestKey.isBlank() ? null : requestKey,
                    files.get());
        } catch (DataInvalid invalid) {
            if (invalid.violations().stream().allMatch(v -> InstanceFileRows.isActionInput(v.pointer()))) {
                return confirmPage(before, action, note, InstanceFileRows.byInput(rendering.messages(invalid.violations(),
                        locale)), locale, model);
            }
            return "redirect:/istanze/" + id + "/riprendi";
        }
        boolean sentNow = !sentBefore && lifecycle.get(id, caller).instance().sentAt().isPresent();
        return "redirect:/istanze/" + id + (sentNow ? "/inviata" : "");
    }

    @GetMapping("/istanze/{id}/inviata")
    String sent(@PathVariable UUID id, Authentication user, Locale locale, Model model) {
        Caller caller = callers.of(user);
        InstanceView view = lifecycle.get(id, caller);
        if (view.instance().sentAt().isEmpty()) {
            return "redirect:/istanze/" + id;
        }
        summary(view, locale, model);
        model.addAttribute("receiptPreparing", lifecycle.receiptStatus(id, caller) == ReceiptStatus.PREPARING);
        model.addAttribute("deliveries", deliveries.summaries(id));
        return "pages/sent";
    }

    private void summary(InstanceView view, Locale locale, Model model) {
        Instance instance = view.instance();
        model.addAttribute("id", instance.id().toString());
        model.addAttribute("module", view.definition().title().in(locale));
        model.addAttribute("number", instance.number().orElse(""));
        model.addAttribute("state", view.state().label().in(locale));
        model.addAttribute("createdAt", InstanceLabels.dateTime(instance.createdAt()));
        model.addAttribute("sentAt", instance.sentAt().map(InstanceLabels::dateTime).orElse(""));
        model.addAttribute("protocol", protocols.of(instance.id()).map(ProtocolEntry::label).orElse(""));
        model.addAttribute("dueDates", rendering.dueDates(view, locale));
    }

    private static ActionChoice choice(Action action, Locale locale) {
        NoteInput note = action.input().note();
        return new ActionChoice(action.code(), action.label().in(locale), action.confirmation().in(locale),
                note != NoteInput.NONE, note == NoteInput.REQUIRED, action.input().attachments(),
                action.input().issuedDocument(), action.effects().contains(Effect.FREEZE_DATA));
    }

    private String actionLabel(InstanceView view, HistoryEntry entry, Locale locale) {
        return labels.module(view.definition().code())
                .flatMap(definition -> labels.workflow(definition.workflow()))
                .flatMap(workflow -> workflow.action(entry.action()))
                .map(action -> action.label().in(locale))
                .orElse(entry.action());
    }
}
