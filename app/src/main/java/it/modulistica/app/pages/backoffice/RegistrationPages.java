package it.modulistica.app.pages.backoffice;

import it.modulistica.app.instances.Callers;
import it.modulistica.app.registration.RegistrationStatus;
import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.lifecycle.Caller;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Protocollazione" of a module in the back office: the deliveries to the registration target that
 * are in error, and sending one or all of them again once the target is fixed.
 */
@Controller
class RegistrationPages {

    private final RegistrationStatus registrations;
    private final OperatorInstances operators;
    private final Callers callers;

    RegistrationPages(RegistrationStatus registrations, OperatorInstances operators, Callers callers) {
        this.registrations = registrations;
        this.operators = operators;
        this.callers = callers;
    }

    @GetMapping("/backoffice/moduli/{form}/protocollazione")
    String failed(@PathVariable String form, @RequestParam(required = false) Integer reinviate, Authentication user,
            Locale locale, Model model) {
        Caller caller = callers.of(user);
        OperatorInstances.Module module = operators.module(caller, form);
        model.addAttribute("form", form);
        model.addAttribute("title", module.definition().title().in(locale));
        model.addAttribute("target", module.definition().registration().map(found -> found.target()).orElse(""));
        model.addAttribute("failed", registrations.failed(caller, form));
        model.addAttribute("limit", RegistrationStatus.LIST_LIMIT);
        if (reinviate != null) {
            model.addAttribute("retried", reinviate);
        }
        return "pages/backoffice/registrations";
    }

    @PostMapping("/backoffice/moduli/{form}/protocollazione/reinvia")
    String retry(@PathVariable String form, @RequestParam(required = false) UUID evento, Authentication user) {
        int retried = registrations.retry(callers.of(user), form, evento);
        return "redirect:/backoffice/moduli/" + form + "/protocollazione?reinviate=" + retried;
    }
}
