package it.modulistica.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sign-ins with their method. Every failure is recorded, and every form sign-in. HTTP
 * Basic authenticates each API request anew, so a successful Basic sign-in is recorded at most once
 * per user every {@link #BASIC_SUCCESS_INTERVAL} on each node; the memory of the last one is per
 * node, so with several nodes a user may appear once per node in that time.
 */
@Component
class SignInAudit {

    static final Duration BASIC_SUCCESS_INTERVAL = Duration.ofMinutes(15);

    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Instant> lastBasicSuccess = new ConcurrentHashMap<>();

    SignInAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String method = method(authentication);
        if ("basic".equals(method) && !firstBasicSuccessInInterval(authentication.getName())) {
            return;
        }
        audit.record(AuditEventType.SIGN_IN, authentication.getName(), null, AuditOutcome.SUCCESS,
                Map.of("method", method));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(AuditEventType.SIGN_IN, event.getAuthentication().getName(), null, AuditOutcome.FAILURE,
                Map.of("method", method(event.getAuthentication()), "reason", reason(event.getException())));
    }

    private boolean firstBasicSuccessInInterval(String username) {
        Instant now = clock.instant();
        Instant[] recorded = new Instant[1];
        lastBasicSuccess.compute(username, (name, last) -> {
            boolean due = last == null || !now.isBefore(last.plus(BASIC_SUCCESS_INTERVAL));
            recorded[0] = due ? now : null;
            return due ? now : last;
        });
        return recorded[0] != null;
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        if (exception instanceof LockedException) {
            return "locked";
        }
        return exception.getClass().getSimpleName();
    }

    /** form or basic for a password; the kind of token for other methods (certificates, OpenID Connect). */
    private static String method(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return authentication.getClass().getSimpleName();
        }
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        String authorization = request == null ? null : request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) ? "basic" : "form";
    }
}
