package it.modulistica.app.pages.admin;

import it.modulistica.app.admin.ChangeRefused;
import it.modulistica.app.api.InvalidRequest;
import it.modulistica.app.api.RequestErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How an admin page submits a change: on success back to the page with "Modifica salvata"; on
 * wrong fields the same page again (422) with each message beside its field of the form that was
 * sent ({@code failed}) and the values typed; on a refused change (409) the page with the reason.
 */
@Component
class AdminForms {

    private final RequestErrors messages;

    AdminForms(RequestErrors messages) {
        this.messages = messages;
    }

    /**
     * @param form     the name of the form sent, so its fields show the errors
     * @param change   the change, through the admin services
     * @param redirect where to go after it
     * @param page     the page to show again with the errors
     */
    String submit(String form, Runnable change, String redirect, Supplier<String> page, Model model,
            RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        try {
            change.run();
            flash.addFlashAttribute("saved", true);
            return "redirect:" + redirect;
        } catch (InvalidRequest invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach(error -> errors.putIfAbsent(error.pointer().substring(1),
                    messages.message(error, locale)));
            model.addAttribute("failed", form);
            Map<String, String> values = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, sent) -> values.put(name, sent.length == 0 ? "" : sent[0]));
            model.addAttribute("values", values);
            model.addAttribute("errors", errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page.get();
        } catch (ChangeRefused refused) {
            model.addAttribute("refusal", refused.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return page.get();
        }
    }

    /** A {@code datetime-local} field's value; {@code null} when empty. */
    static LocalDateTime dateTime(String value, String pointer) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequest.of(pointer, "format.date-time");
        }
    }
}
