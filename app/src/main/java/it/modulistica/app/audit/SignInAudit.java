package it.modulistica.app.audit;

import it.modulistica.app.security.token.ApiTokenAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import it.modulistica.app.security.SignInThrottled;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthorizationCodeAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sign-ins with their method: {@code form}, {@code basic}, {@code CNS} (client
 * certificate), {@code OIDC} (identity provider), {@code token} (API token). Every failure is recorded, and every form or
 * identity provider sign-in. HTTP Basic and certificates authenticate each API request anew, so a
 * successful Basic or certificate sign-in is recorded at most once per user every
 * {@link #REPEAT_INTERVAL} on each node; so is a refused certificate, which a browser presents
 * again on every request. The memory of the last one is per node, so with several nodes an event
 * may appear once per node in that time.
 */
@Component
class SignInAudit {

    static final Duration REPEAT_INTERVAL = Duration.ofMinutes(15);

    /** Beyond this many remembered events, those older than the interval are forgotten. */
    static final int MAX_REMEMBERED = 10_000;

    static final String CERTIFICATE = "CNS";
    static final String IDENTITY_PROVIDER = "OIDC";
    static final String TOKEN = "token";

    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Instant> lastRepeated = new ConcurrentHashMap<>();

    SignInAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String method = method(authentication);
        boolean repeated = "basic".equals(method) || CERTIFICATE.equals(method) || TOKEN.equals(method);
        if (repeated && !firstInInterval(method + " success " + authentication.getName())) {
            return;
        }
        audit.record(AuditEventType.SIGN_IN, authentication.getName(), null, AuditOutcome.SUCCESS,
                Map.of("method", method));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String method = method(event.getAuthentication());
        AuthenticationException exception = event.getException();
        String name = event.getAuthentication().getName();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("method", method);
        details.put("reason", reason(exception));
        if (CERTIFICATE.equals(method) || IDENTITY_PROVIDER.equals(method) || TOKEN.equals(method)) {
            // The reason code of a refused credential (untrusted, expired, fiscal-number-invalid, ...).
            details.put("detail", exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode() : exception.getMessage());
            if (CERTIFICATE.equals(method) && !firstInInterval(method + " failure " + name + " " + details.get("detail"))) {
                return;
            }
        }
        audit.record(AuditEventType.SIGN_IN, name == null || name.isEmpty() ? null : name, null,
                AuditOutcome.FAILURE, details);
    }

    private boolean firstInInterval(String key) {
        Instant now = clock.instant();
        if (lastRepeated.size() > MAX_REMEMBERED) {
            lastRepeated.values().removeIf(last -> !now.isBefore(last.plus(REPEAT_INTERVAL)));
        }
        Instant[] recorded = new Instant[1];
        lastRepeated.compute(key, (name, last) -> {
            boolean due = last == null || !now.isBefore(last.plus(REPEAT_INTERVAL));
            recorded[0] = due ? now : null;
            return due ? now : last;
        });
        return recorded[0] != null;
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof SignInThrottled) {
            return "throttled";
        }
        if (exception instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        if (exception instanceof LockedException) {
            return "locked";
        }
        return exception.getClass().getSimpleName();
    }

    /** form or basic for a password, CNS for a client certificate, OIDC for an identity provider. */
    private static String method(Authentication authentication) {
        if (authentication instanceof PreAuthenticatedAuthenticationToken) {
            return CERTIFICATE;
        }
        if (authentication instanceof ApiTokenAuthentication) {
            return TOKEN;
        }
        if (authentication instanceof OAuth2LoginAuthenticationToken || authentication instanceof OAuth2AuthenticationToken
                || authentication instanceof OAuth2AuthorizationCodeAuthenticationToken) {
            return IDENTITY_PROVIDER;
        }
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return authentication.getClass().getSimpleName();
        }
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        String authorization = request == null ? null : request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) ? "basic" : "form";
    }
}
