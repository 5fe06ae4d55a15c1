package it.modulistica.app.overload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request but static files: at most
 * {@link OverloadSettings#maxConcurrent()} requests run at once, the others wait in line up to
 * {@link OverloadSettings#queueTimeout()} and are then answered 503 with {@code Retry-After}, so a
 * crowd gets a quick, clear answer instead of requests that time out inside. It also answers 503
 * for a request that failed, anywhere below it (sessions, sign-in, controllers), because no database
 * connection could be had in time, and with a 500 problem for any other API request that failed
 * outside the controllers (whose errors the API's exception handler answers).
 */
final class AdmissionFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionFilter.class);

    private final RequestLoad load;
    private final OverloadSettings settings;
    private final OverloadAnswers answers;

    AdmissionFilter(RequestLoad load, OverloadSettings settings, OverloadAnswers answers) {
        this.load = load;
        this.settings = settings;
        this.answers = answers;
    }

    /** The places of the line, for a test to fill. */
    Semaphore places() {
        return load.places();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/fonts/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = load.enter(settings.queueTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            answers.unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (Saturation.causedBy(e)) {
                LOG.warn("No database connection in time for {} {}: answered 503", request.getMethod(),
                        request.getRequestURI());
                response.reset();
                answers.unavailable(request, response);
            } else if (OverloadAnswers.api(request)) {
                // A failure below the controllers (a filter): still a problem, never the container's body.
                LOG.error("Request {} {} failed outside the controllers", request.getMethod(), request.getRequestURI(), e);
                response.reset();
                answers.failed(request, response);
            } else {
                throw e;
            }
        } finally {
            load.leave();
        }
    }
}
