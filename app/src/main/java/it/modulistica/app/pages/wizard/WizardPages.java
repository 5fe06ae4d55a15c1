package it.modulistica.app.pages.wizard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.app.audit.InstanceReads;
import it.modulistica.app.instances.Callers;
import it.modulistica.app.pages.AssistanceContacts;
import it.modulistica.app.pages.InstanceRendering;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.DataInvalid;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import it.modulistica.engine.lifecycle.InstanceView;
import it.modulistica.renderer.wizard.FormPostReader;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The wizard at {@code /istanze/{id}/passo/{n}} (from 1). Every post saves the draft first; then
 * the button decides: "Successivo" and "Salva e prosegui" move on only when the step's fields are
 * complete, "Precedente" moves back, "Salva in bozza" stays, "Esci dal modulo" leaves to the list.
 * The step posts as {@code multipart/form-data}: files chosen in its file fields are uploaded with
 * it, whichever button was pressed.
 */
@Controller
class WizardPages {

    private final InstanceLifecycle lifecycle;
    private final InstanceRendering rendering;
    private final WizardPositions positions;
    private final InstanceReads reads;
    private final WizardUploads uploads;

    private final Callers callers;
    private final AssistanceContacts assistance;

    WizardPages(Callers callers, InstanceLifecycle lifecycle, InstanceRendering rendering, WizardPositions positions,
            InstanceReads reads, WizardUploads uploads, AssistanceContacts assistance) {
        this.callers = callers;
        this.assistance = assistance;
        this.lifecycle = lifecycle;
        this.rendering = rendering;
        this.positions = positions;
        this.reads = reads;
        this.uploads = uploads;
    }

    /**
     * The step the draft was left at by this user; for a draft they never opened in the wizard, the
     * first step not complete yet.
     */
    @GetMapping("/istanze/{id}/riprendi")
    String resume(@PathVariable UUID id, Authentication user) {
        InstanceView view = lifecycle.get(id, callers.of(user));
        int steps = view.definition().steps().size();
        int step = positions.lastStep(id, user.getName()).filter(last -> last >= 1 && last <= steps)
                .orElseGet(() -> rendering.resumeStep(view.definition(), view.instance().data()) + 1);
        return "redirect:/istanze/" + id + "/passo/" + step;
    }

    /**
     * Saves the step in the background while the user types (the page's script posts it every few
     * seconds when something changed): 204 when saved, 422 when the draft level refuses the data,
     * which then stays in the page for the next explicit save to report beside the fields.
     */
    @PostMapping(path = "/istanze/{id}/passo/{step}", params = "_move=autosave")
    ResponseEntity<Void> autosave(@PathVariable UUID id, @PathVariable int step, HttpServletRequest request,
            Authentication user) {
        Caller caller = callers.of(user);
        InstanceView view = lifecycle.get(id, caller);
        if (!view.state().ownerMayEdit()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        FormDefinition definition = view.definition();
        int index = index(definition, step);
        Map<String, List<String>> posted = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> posted.put(name, List.of(values)));
        try {
            lifecycle.saveDraft(id, merged(definition, view.instance().data(), FormPostReader.read(definition, posted),
                    index), null, caller);
        } catch (DataInvalid invalid) {
            return ResponseEntity.unprocessableEntity().build();
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/istanze/{id}/passo/{step}")
    String show(@PathVariable UUID id, @PathVariable int step, @RequestParam(required = false) String check,
            @RequestParam(required = false) String saved, Authentication user, Locale locale, Model model) {
        InstanceView view = lifecycle.get(id, callers.of(user));
        if (!view.state().ownerMayEdit()) {
            return "redirect:/istanze/" + id;
        }
        int index = index(view.definition(), step);
        if (view.instance().owner().equals(user.getName())) {
            positions.remember(id, user.getName(), index + 1);
        }
        reads.read(id, view.instance().owner(), user.getName(), "step");
        ObjectNode data = view.instance().data();
        Map<String, String> errors = check == null ? Map.of()
                : rendering.stepErrors(view.definition(), data, index, locale);
        model.addAttribute("saved", saved != null);
        return page(view, data, index, errors, locale, model);
    }

    /**
     * Saves the step: files whose "Rimuovi" was pressed are deleted, files chosen in the step's file
     * inputs are uploaded into their fields (a refused one is reported beside its field and stored
     * nowhere), then the step's data is saved.
     */
    @PostMapping("/istanze/{id}/passo/{step}")
    String post(@PathVariable UUID id, @PathVariable int step, HttpServletRequest request, Authentication user,
            Locale locale, Model model) {
        Caller caller = callers.of(user);
        InstanceView view = lifecycle.get(id, caller);
        if (!view.state().ownerMayEdit()) {
            return "redirect:/istanze/" + id;
        }
        FormDefinition definition = view.definition();
        int index = index(definition, step);
        Optional<WizardUploads.Chosen> chosen = WizardUploads.chosen(request);
        if (chosen.isEmpty()) {
            return page(view, view.instance().data(), index, uploads.tooLarge(definition, index, locale), locale, model);
        }
        Map<String, List<String>> posted = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> posted.put(name, List.of(values)));
        String move = posted.getOrDefault("_move", List.of()).stream().findFirst().orElse(null);
        ObjectNode data = merged(definition, view.instance().data(), FormPostReader.read(definition, posted), index);
        WizardUploads.Outcome files = uploads.apply(id, data, posted.getOrDefault("_removeFile", List.of()), chosen.get(),
                caller);
        Map<String, String> refused = rendering.messages(files.refusals(), locale);
        boolean rowButton = FormPostReader.applyRowButtons(definition, data, posted);
        if (!rowButton && ("next".equals(move) || "finish".equals(move))) {
            FormPostReader.dropEmptyRows(definition, data);
        }
        try {
            // The stored data is what the step is judged on: it holds the locked (prefilled) values
            // the page shows as text and does not post.
            data = lifecycle.saveDraft(id, data, null, caller).data().deepCopy();
        } catch (DataInvalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>(refused);
            rendering.messages(invalid.violations(), locale).forEach(errors::putIfAbsent);
            return page(view, data, index, errors, locale, model);
        }
        if (!refused.isEmpty()) {
            return page(lifecycle.get(id, caller), data, index, refused, locale, model);
        }
        String here = "redirect:/istanze/" + id + "/passo/" + step;
        if (rowButton || files.removed() || move == null) {
            return here;
        }
        switch (move) {
            case "previous":
                return "redirect:/istanze/" + id + "/passo/" + Math.max(1, step - 1);
            case "draft":
                return here + "?saved";
            case "exit":
                return "redirect:/le-mie-istanze";
            case "next", "finish":
                Map<String, String> errors = rendering.stepErrors(definition, data, index, locale);
                if (!errors.isEmpty()) {
                    return page(view, data, index, errors, locale, model);
                }
                if (index < definition.steps().size() - 1) {
                    return "redirect:/istanze/" + id + "/passo/" + (step + 1);
                }
                return view.permittedActions().stream().findFirst()
                        .map(action -> "redirect:/istanze/" + id + "/azioni/" + action.code())
                        .orElse("redirect:/istanze/" + id);
            default:
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown wizard button " + move);
        }
    }

    /** The stored data with the posted step's part replaced, or removed when nothing of it was posted. */
    private static ObjectNode merged(FormDefinition definition, ObjectNode stored, ObjectNode posted, int index) {
        ObjectNode data = stored.deepCopy();
        String name = definition.steps().get(index).name();
        JsonNode part = posted.get(name);
        if (part == null) {
            data.remove(name);
        } else {
            data.set(name, part);
        }
        return data;
    }

    private String page(InstanceView view, ObjectNode data, int index, Map<String, String> errors, Locale locale,
            Model model) {
        List<Field> steps = view.definition().steps();
        model.addAttribute("id", view.instance().id().toString());
        model.addAttribute("module", view.definition().title().in(locale));
        model.addAttribute("formCode", view.definition().code());
        model.addAttribute("number", view.instance().number().orElse(""));
        model.addAttribute("steps", steps.stream().map(s -> s.label().in(locale)).toList());
        model.addAttribute("step", index + 1);
        model.addAttribute("last", index == steps.size() - 1);
        model.addAttribute("hasErrors", !errors.isEmpty());
        model.addAttribute("fields", rendering.step(view, data, index, errors, locale));
        model.addAttribute("finishLabel", view.permittedActions().stream().findFirst().map(a -> a.label().in(locale)).orElse(""));
        model.addAttribute("assistance", assistance.of(view.definition(), locale));
        return "pages/wizard";
    }

    private static int index(FormDefinition definition, int step) {
        if (step < 1 || step > definition.steps().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return step - 1;
    }
}
