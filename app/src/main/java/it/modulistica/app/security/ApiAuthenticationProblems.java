package it.modulistica.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.overload.Saturation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers unauthenticated (401) and forbidden (403) API calls with RFC 9457 problem details. No
 * {@code WWW-Authenticate} challenge is sent, so browsers calling the API never pop up a login box.
 */
class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    ApiAuthenticationProblems(ObjectMapper objectMapper, MessageSource messages, LocaleResolver localeResolver) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (Saturation.causedBy(exception)) {
            throw new Saturation.Saturated(exception); // no connection to check the credentials: 503, not 401
        }
        if (exception instanceof CredentialRefused refused && refused.reason().startsWith("token-")) {
            write(request, response, HttpStatus.UNAUTHORIZED, refused.reason());
        } else if (exception instanceof PasswordLoginNotForCitizens) {
            write(request, response, HttpStatus.UNAUTHORIZED, "passwordNotForCitizens");
        } else {
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object... args) throws IOException {
        var locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem.security." + key + ".detail", args, locale));
        problem.setTitle(messages.getMessage("problem.security." + key + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
