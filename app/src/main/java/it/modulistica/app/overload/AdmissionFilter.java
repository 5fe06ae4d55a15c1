package it.modulistica.app.overload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request but static files: at most
 * {@link OverloadSettings#maxConcurrent()} requests run at once, the others wait in line up to
 * {@link OverloadSettings#queueTimeout()} and are then answered 503 with {@code Retry-After}, so a
 * crowd gets a quick, clear answer instead of requests that time out inside. It also answers 503
 * for a request that failed, anywhere below it (sessions, sign-in, controllers), because no database
 * connection could be had in time.
 */
final class AdmissionFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionFilter.class);

    private final Semaphore places;
    private final OverloadSettings settings;
    private final OverloadAnswers answers;

    AdmissionFilter(OverloadSettings settings, OverloadAnswers answers) {
        this.places = new Semaphore(settings.maxConcurrent(), true);
        this.settings = settings;
        this.answers = answers;
    }

    /** The places of the line, for a test to fill. */
    Semaphore places() {
        return places;
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
            admitted = places.tryAcquire(settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
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
            if (!Saturation.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("No database connection in time for {} {}: answered 503", request.getMethod(),
                    request.getRequestURI());
            response.reset();
            answers.unavailable(request, response);
        } finally {
            places.release();
        }
    }
}
