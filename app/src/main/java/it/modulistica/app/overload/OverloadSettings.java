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
 */
@ConfigurationProperties("modulistica.overload")
public record OverloadSettings(
        @DefaultValue("32") int maxConcurrent,
        @DefaultValue("PT2S") Duration queueTimeout,
        @DefaultValue("PT2S") Duration retryAfter) {

    public OverloadSettings {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("modulistica.overload.max-concurrent must be at least 1");
        }
    }

    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
