package it.modulistica.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Strict-Transport-Security} on every response when {@code modulistica.security.hsts.enabled}
 * (the {@code prod} profile's value). Spring Security writes it only on requests the container sees
 * as HTTPS, which behind a TLS-terminating proxy none is; browsers ignore the header on plain HTTP,
 * so writing it always is harmless, and it makes the browser use HTTPS from the first answer on.
 */
@Component
@ConditionalOnProperty(name = "modulistica.security.hsts.enabled", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
class StrictTransport extends OncePerRequestFilter {

    /**
     * Settings under {@code modulistica.security.hsts.*}.
     *
     * @param enabled           whether every response carries the header
     * @param maxAge            how long browsers remember to use HTTPS only (default one year)
     * @param includeSubDomains whether the rule covers the subdomains too (default true)
     */
    @ConfigurationProperties("modulistica.security.hsts")
    record Settings(boolean enabled, @DefaultValue("365d") Duration maxAge, @DefaultValue("true") boolean includeSubDomains) {
    }

    private final String header;

    StrictTransport(Settings settings) {
        this.header = "max-age=" + settings.maxAge().toSeconds() + (settings.includeSubDomains() ? "; includeSubDomains" : "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Strict-Transport-Security", header);
        chain.doFilter(request, response);
    }
}
