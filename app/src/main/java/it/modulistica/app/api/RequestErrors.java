package it.modulistica.app.api;

import it.modulistica.engine.validation.Violation;
import it.modulistica.engine.validation.ViolationMessages;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The message of a wrong request member, for the API's problem details and for the pages that show
 * it beside the field: the application's own text ({@code request.error.<code>} in the
 * {@code messages} bundle) or, for the codes form data uses too ({@code required} ...), the
 * engine's.
 */
@Component
public class RequestErrors {

    private final MessageSource messages;
    private final ViolationMessages violations;

    RequestErrors(MessageSource messages, ViolationMessages violations) {
        this.messages = messages;
        this.violations = violations;
    }

    public String message(InvalidRequest.Error error, Locale locale) {
        String own = messages.getMessage("request.error." + error.code(), null, null, locale);
        return own != null ? own : violations.message(Violation.of(error.pointer(), error.code()), locale);
    }
}
