package it.modulistica.app.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers on every response. Spring Security's defaults stay ({@code X-Content-Type-Options:
 * nosniff}, {@code Cache-Control: no-cache, no-store, ...} unless a controller sets its own); on
 * top of them a Content-Security-Policy without inline scripts or styles and {@code
 * Referrer-Policy: same-origin}; fonts may also be data URLs, as Bootstrap Italia's stylesheet embeds
 * one (Chromium fetches it, used or not, and would log the refusal). A controller that sets its own policy (the sandboxed e-mail body)
 * keeps it.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * The Swagger UI of the API documentation applies inline styles (checked in Chromium: its
     * scripts run under the strict policy, its styles do not), so its pages alone allow inline
     * styles; they show no personal data.
     */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    private static final RequestMatcher API_DOCS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api-docs"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers
                // Framing is governed by frame-ancestors; same-origin here lets the mailbox page frame
                // the sandboxed e-mail body, whose own policy allows only that.
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_DOCS),
                        new ContentSecurityPolicyHeaderWriter(POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCS,
                        new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY)));
    }
}
