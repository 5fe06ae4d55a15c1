package it.modulistica.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter so that a request reads its session from the database once (see
 * {@link CoarseLastAccessSessions}): without it, a signed-in API call whose answer is flushed before
 * the end of the request read the session twice, one select more on every call of the click day.
 */
final class OneSessionReadPerRequest extends OncePerRequestFilter {

    private final CoarseLastAccessSessions<?> sessions;

    OneSessionReadPerRequest(CoarseLastAccessSessions<?> sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        sessions.openRequest();
        try {
            chain.doFilter(request, response);
        } finally {
            sessions.closeRequest();
        }
    }
}
