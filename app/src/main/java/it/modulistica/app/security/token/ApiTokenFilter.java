package it.modulistica.app.security.token;

import it.modulistica.app.security.CredentialRefused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in when it carries {@code Authorization: Bearer <token>}, for that request
 * only (no session). A refused token ends the request with 401 and a problem, whatever else the
 * request carries; successes and refusals are published as authentication events for the audit
 * log.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEventPublisher events;
    private final AuthenticationEntryPoint refusals;

    ApiTokenFilter(ApiTokens tokens, AuthenticationEventPublisher events, AuthenticationEntryPoint refusals) {
        this.tokens = tokens;
        this.events = events;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = authorization.substring(BEARER.length()).strip();
        ApiTokenAuthentication authentication;
        try {
            authentication = ApiTokenAuthentication.of(tokens.authenticate(token));
        } catch (CredentialRefused refused) {
            SecurityContextHolder.clearContext();
            events.publishAuthenticationFailure(refused, ApiTokenAuthentication.attempt(tokens.ownerOf(token).orElse(null)));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            refusals.commence(request, response, refused);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        events.publishAuthenticationSuccess(authentication);
        chain.doFilter(request, response);
    }
}
