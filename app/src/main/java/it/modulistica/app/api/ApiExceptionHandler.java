package it.modulistica.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import it.modulistica.app.admin.ChangeRefused;
import it.modulistica.app.audit.RefusedAccesses;
import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.lifecycle.ConcurrentModification;
import it.modulistica.engine.lifecycle.DataInvalid;
import it.modulistica.engine.lifecycle.IdempotencyKeyReused;
import it.modulistica.engine.lifecycle.InstanceNotFound;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.lifecycle.NotAMember;
import it.modulistica.engine.lifecycle.OrganisationNotAllowed;
import it.modulistica.engine.lifecycle.NotEditable;
import it.modulistica.engine.lifecycle.ProtocolAlreadyRecorded;
import it.modulistica.engine.lifecycle.NoteNotExpected;
import it.modulistica.engine.lifecycle.NoteRequired;
import it.modulistica.engine.lifecycle.OrganisationRequired;
import it.modulistica.engine.lifecycle.StaleInstance;
import it.modulistica.engine.validation.Violation;
import it.modulistica.engine.validation.ViolationMessages;
import it.modulistica.engine.window.ModuleClosed;
import it.modulistica.engine.window.ModuleNotPublished;
import it.modulistica.workflow.TransitionNotAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import it.modulistica.app.overload.Saturation;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error escaping a controller into an RFC 9457 problem detail. Spring MVC's own
 * exceptions (404, 405, 415, ...) get their Italian or English text from the {@code messages} bundle;
 * unexpected exceptions are logged and answered with a 500 that reveals nothing of the internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ViolationMessages violationMessages;
    private final RefusedAccesses refusedAccesses;
    private final RequestErrors requestErrors;
    private final ApiLimits limits;

    ApiExceptionHandler(ViolationMessages violationMessages, RefusedAccesses refusedAccesses,
            RequestErrors requestErrors, ApiLimits limits) {
        this.violationMessages = violationMessages;
        this.refusedAccesses = refusedAccesses;
        this.requestErrors = requestErrors;
        this.limits = limits;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonBodyTooLarge tooLarge) {
            String limit = FileRules.describeSize(tooLarge.limit(), LocaleContextHolder.getLocale());
            ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "jsonTooLarge",
                    message("problem.jsonTooLarge.detail", limit));
            return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        ProblemDetail problem = problem(status, "unreadable", unreadableDetail(ex));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A path whose id does not parse ({@code /api/instances/not-a-uuid}) names nothing: 404 like a missing one. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (MalformedIds.inPath(ex)) {
            ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "notFound", message("problem.malformedId.detail"));
            return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    /** An upload beyond the platform's hard cap ({@code spring.servlet.multipart.max-file-size}): 413. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String limit = ex.getMaxUploadSize() > 0 ? FileRules.describeSize(ex.getMaxUploadSize(), locale)
                : message("problem.fileTooLarge.unknownLimit");
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "fileTooLarge",
                message("problem.fileTooLarge.detail", limit));
        problem.setProperty("errors", List.of(new FieldError("/file", "fileTooLarge", violationMessages.message(
                new Violation("/file", "fileTooLarge", java.util.Map.of("limit", limit)), locale))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    @ExceptionHandler(ModuleNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ModuleNotFound ex) {
        return respond(problem(HttpStatus.NOT_FOUND, "notFound", ex.getMessage()));
    }

    /** Every instance answered 404 goes to the audit log: it may be someone probing for others' instances. */
    @ExceptionHandler(InstanceNotFound.class)
    ResponseEntity<ProblemDetail> instanceNotFound(InstanceNotFound ex, HttpServletRequest request) {
        refusedAccesses.instance(ex.id(), request.getUserPrincipal(), request.getMethod(), request.getRequestURI());
        return respond(problem(HttpStatus.NOT_FOUND, "notFound", ex.getMessage()));
    }

    @ExceptionHandler(DataInvalid.class)
    ResponseEntity<ProblemDetail> dataInvalid(DataInvalid ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "dataInvalid", invalidDetail(ex.violations()));
        problem.setProperty("errors", limits.listed(ex.violations()).stream()
                .map(v -> new FieldError(v.pointer(), v.code(), violationMessages.message(v, locale)))
                .toList());
        problem.setProperty("totalErrors", ex.violations().size());
        return respond(problem);
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "dataInvalid", invalidDetail(ex.errors()));
        problem.setProperty("errors", limits.listed(ex.errors()).stream()
                .map(e -> new FieldError(e.pointer(), e.code(), requestErrors.message(e, locale)))
                .toList());
        problem.setProperty("totalErrors", ex.errors().size());
        return respond(problem);
    }

    @ExceptionHandler({NoteRequired.class, NoteNotExpected.class})
    ResponseEntity<ProblemDetail> noteProblem(RuntimeException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "dataInvalid", ex.getMessage());
        problem.setProperty("errors", List.of(new FieldError("/note",
                ex instanceof NoteRequired ? "required" : "unknownField", ex.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler(OrganisationRequired.class)
    ResponseEntity<ProblemDetail> organisationRequired(OrganisationRequired ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "dataInvalid", ex.getMessage());
        problem.setProperty("errors", List.of(new FieldError("/organisation", "required", ex.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler(NotAMember.class)
    ResponseEntity<ProblemDetail> notAMember(NotAMember ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "notAMember", ex.getMessage());
        problem.setProperty("organisation", ex.organisation());
        return respond(problem);
    }

    @ExceptionHandler(OrganisationNotAllowed.class)
    ResponseEntity<ProblemDetail> organisationNotAllowed(OrganisationNotAllowed ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "organisationNotAllowed", ex.getMessage());
        problem.setProperty("organisation", ex.organisation());
        return respond(problem);
    }

    @ExceptionHandler(StaleInstance.class)
    ResponseEntity<ProblemDetail> stale(StaleInstance ex) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale", ex.getMessage());
        problem.setProperty("currentVersion", ex.currentVersion());
        return respond(problem);
    }

    @ExceptionHandler({ConcurrentModification.class, IdempotencyKeyReused.class, NotEditable.class, ModuleClosed.class,
        ChangeRefused.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", ex.getMessage());
        if (ex instanceof ModuleNotPublished notPublished) {
            problem.setProperty("publication", notPublished.publication().status().name());
        }
        return respond(problem);
    }

    @ExceptionHandler(ProtocolAlreadyRecorded.class)
    ResponseEntity<ProblemDetail> protocolAlreadyRecorded(ProtocolAlreadyRecorded ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "protocolAlreadyRecorded", ex.getMessage());
        problem.setProperty("number", ex.recorded().number());
        problem.setProperty("date", ex.recorded().date().toString());
        return respond(problem);
    }

    @ExceptionHandler(TransitionNotAllowed.class)
    ResponseEntity<ProblemDetail> transitionNotAllowed(TransitionNotAllowed ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "transitionNotAllowed",
                message("problem.transitionNotAllowed.detail", ex.actionLabel().in(locale), ex.stateLabel().in(locale)));
        problem.setProperty("state", ex.state());
        problem.setProperty("permittedActions", ex.permitted().stream()
                .map(action -> new PermittedAction(action.code(), action.label().in(locale))).toList());
        return respond(problem);
    }

    /** One invalid field of a request: where, what, and the message in the caller's language. */
    record FieldError(String pointer, String code, String message) {
    }

    /** An action the caller may take instead. */
    record PermittedAction(String code, String label) {
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Access and authentication failures belong to Spring Security's filters, which turn them into 401 and 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowSecurityFailure(RuntimeException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        if (Saturation.causedBy(ex)) {
            throw new Saturation.Saturated(ex); // answered 503 by the admission filter
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        if (declared != null) {
            HttpStatus status = declared.code();
            return ResponseEntity.status(status).body(ProblemDetail.forStatus(status));
        }
        log.error("Unexpected error while handling a request", ex);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message("problem.internal.detail")));
    }

    /** How many errors there are, and that only the first are listed when there are more than the answer lists. */
    private String invalidDetail(List<?> errors) {
        return errors.size() > limits.maxErrors()
                ? message("problem.dataInvalid.detailFirst", errors.size(), limits.maxErrors())
                : message("problem.dataInvalid.detail", errors.size());
    }

    private String unreadableDetail(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return message("problem.unreadable.field", pointer(mapping));
        }
        if (cause instanceof JsonProcessingException parsing && parsing.getLocation() != null) {
            return message("problem.unreadable.syntax", parsing.getLocation().getLineNr(), parsing.getLocation().getColumnNr());
        }
        return message("problem.unreadable.detail");
    }

    private static String pointer(JsonMappingException mapping) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private ProblemDetail problem(HttpStatusCode status, String key, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(message("problem." + key + ".title"));
        return problem;
    }

    private String message(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return getMessageSource().getMessage(code, args, locale);
    }
}
