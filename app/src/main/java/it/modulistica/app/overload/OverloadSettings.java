package it.modulistica.app.overload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.overload.*}, sized together with the database pool
 * ({@code spring.datasource.hikari.maximum-pool-size}) and the request threads
 * ({@code server.tomcat.threads.max}); see {@code docs/deployment.md}.
 *
 * @param maxConcurrent how many requests run at once on this node; the others wait for a place
 * @param queueTimeout  how long a request waits for a place before it is answered 503
 * @param retryAfter    what the 503 answer's {@code Retry-After} says (whole seconds, at least 1)
 * @param backgroundYieldAt     with this many requests running or waiting, background work (receipts,
 *                              e-mails) waits for the node to be quieter; 0 never waits
 * @param backgroundMaxDeferral the longest background work waits in a row before it goes on beside
 *                              the requests
 */
@ConfigurationProperties("modulistica.overload")
public record OverloadSettings(
        @DefaultValue("32") int maxConcurrent,
        @DefaultValue("PT2S") Duration queueTimeout,
        @DefaultValue("PT2S") Duration retryAfter,
        @DefaultValue("8") int backgroundYieldAt,
        @DefaultValue("PT20S") Duration backgroundMaxDeferral) {

    public OverloadSettings {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("modulistica.overload.max-concurrent must be at least 1");
        }
        if (backgroundYieldAt < 0 || backgroundMaxDeferral.isNegative()) {
            throw new IllegalArgumentException(
                    "modulistica.overload.background-yield-at and background-max-deferral must not be negative");
        }
    }

    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
