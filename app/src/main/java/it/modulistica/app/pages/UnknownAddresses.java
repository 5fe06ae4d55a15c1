package it.modulistica.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: the 404 error page for a browser, and under {@code /api/} the problem
 * detail the API's own handler writes, so API clients see no difference.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

    private final ErrorPages errorPages;
    private final ResponseEntityExceptionHandler apiProblems;

    UnknownAddresses(ErrorPages errorPages, ResponseEntityExceptionHandler apiProblems) {
        this.errorPages = errorPages;
        this.apiProblems = apiProblems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException ex, HttpServletRequest request, WebRequest web) throws Exception {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return apiProblems.handleException(ex, web);
        }
        return errorPages.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of());
    }
}
