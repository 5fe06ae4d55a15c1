package it.modulistica.app.overload;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

/**
 * The 503 answer of a saturated node, written without touching the database (no session, no
 * template that reads one): a problem with {@code Retry-After} for the API, a short page in the
 * reader's language (Italian unless the browser asks for English) for the pages.
 */
public final class OverloadAnswers {

    private final ObjectMapper objectMapper;
    private final MessageSource messages;
    private final OverloadSettings settings;

    OverloadAnswers(ObjectMapper objectMapper, MessageSource messages, OverloadSettings settings) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        this.settings = settings;
    }

    /** The problem the API answers when saturated, for the exception handlers to return. */
    public ProblemDetail problem(HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("problem.overload.detail", new Object[] {settings.retryAfterSeconds()}, locale));
        problem.setTitle(messages.getMessage("problem.overload.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** The value of {@code Retry-After}, in seconds. */
    public String retryAfter() {
        return Long.toString(settings.retryAfterSeconds());
    }

    void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), problem(request));
            return;
        }
        Locale locale = locale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("overload.page.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("overload.page.text",
                new Object[] {settings.retryAfterSeconds()}, locale));
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>" + text
                + "</p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static Locale locale(HttpServletRequest request) {
        // Without Accept-Language the container answers with the JVM's locale: Italian is the default here.
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.ITALIAN;
    }
}
