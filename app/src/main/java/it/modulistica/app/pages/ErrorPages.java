package it.modulistica.app.pages;

import it.modulistica.app.overload.Saturation;
import it.modulistica.app.api.MalformedIds;
import it.modulistica.app.audit.RefusedAccesses;
import it.modulistica.engine.lifecycle.InstanceNotFound;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.lifecycle.NotAMember;
import it.modulistica.engine.lifecycle.NoteNotExpected;
import it.modulistica.engine.lifecycle.NoteRequired;
import it.modulistica.engine.lifecycle.OrganisationNotAllowed;
import it.modulistica.engine.window.ModuleClosed;
import it.modulistica.workflow.TransitionNotAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The error page of the compiler's pages (404, 403, 409, 500...), in the layout of every page and in
 * the reader's language, instead of the problem details the API answers with. It also serves the
 * errors Spring Boot forwards to {@code /error} for browsers (a 403 of the security filters).
 */
@ControllerAdvice(basePackages = "it.modulistica.app.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageModel pageModel;
    private final LocaleResolver locales;
    private final RefusedAccesses refusedAccesses;
    private final MessageSource messages;

    ErrorPages(PageModel pageModel, LocaleResolver locales, RefusedAccesses refusedAccesses, MessageSource messages) {
        this.messages = messages;
        this.pageModel = pageModel;
        this.locales = locales;
        this.refusedAccesses = refusedAccesses;
    }

    /** Access failures belong to Spring Security's filters, which answer them (sign-in page, 403). */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowSecurityFailure(RuntimeException ex) {
        throw ex;
    }

    /** Recorded in the audit log like the API's: who asked for an instance they may not see. */
    @ExceptionHandler(InstanceNotFound.class)
    ModelAndView instanceNotFound(InstanceNotFound ex, HttpServletRequest request) {
        refusedAccesses.instance(ex.id(), request.getUserPrincipal(), request.getMethod(), request.getRequestURI());
        return page(request, HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(ModuleNotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, null);
    }

    /** An address whose id is not an id ({@code /istanze/not-a-uuid}) names nothing: 404, not a server error. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformedParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return page(request, MalformedIds.inPath(ex) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, null);
    }

    @ExceptionHandler({NotAMember.class, OrganisationNotAllowed.class})
    ModelAndView notAMember(RuntimeException ex, HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN, ex.getMessage());
    }

    /**
     * An action no longer permitted (a second click, a page left open while the state moved on): the
     * page names the action and the state by their labels in the reader's language.
     */
    @ExceptionHandler(TransitionNotAllowed.class)
    ModelAndView notPermitted(TransitionNotAllowed ex, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        return page(request, HttpStatus.CONFLICT, messages.getMessage("problem.transitionNotAllowed.detail",
                new Object[] {ex.actionLabel().in(locale), ex.stateLabel().in(locale)}, locale));
    }

    /** A note given to an action that takes none, or missing where required: the page says which. */
    @ExceptionHandler({NoteRequired.class, NoteNotExpected.class})
    ModelAndView noteProblem(RuntimeException ex, HttpServletRequest request) {
        return page(request, HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
    }

    @ExceptionHandler(ModuleClosed.class)
    ModelAndView closed(ModuleClosed ex, HttpServletRequest request) {
        return page(request, HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception ex, HttpServletRequest request) {
        if (Saturation.causedBy(ex)) {
            throw new Saturation.Saturated(ex); // answered 503 by the admission filter
        }
        if (ex instanceof ErrorResponse response) {
            return page(request, response.getStatusCode(), null);
        }
        log.error("Unexpected error on page {}", request.getRequestURI(), ex);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(request, status, null);
    }

    private ModelAndView page(HttpServletRequest request, HttpStatusCode status, String detail) {
        Locale locale = locales.resolveLocale(request);
        int code = status.value();
        String kind = code == 404 || code == 403 ? String.valueOf(code) : status.is5xxServerError() ? "500" : "other";
        ModelAndView page = new ModelAndView("pages/error", HttpStatus.valueOf(code));
        page.addObject("t", pageModel.texts(locale));
        page.addObject("layout", pageModel.layout(SecurityContextHolder.getContext().getAuthentication(), request));
        page.addObject("site", pageModel.site());
        page.addObject("status", code);
        page.addObject("kind", kind);
        page.addObject("detail", detail == null ? "" : detail);
        return page;
    }
}
