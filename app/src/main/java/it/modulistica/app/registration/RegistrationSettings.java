package it.modulistica.app.registration;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.registration.*}: the targets the administration delivers to
 * (they hold secrets, so they live here and not in form files) and how deliveries are retried.
 *
 * @param targets       the targets by name, as modules name them in {@code x-module.registration.target}
 * @param baseUrl       the address targets reach this application at, for the links of the document
 *                      (receipt, files, protocol callback); required when a target is configured
 * @param workerEnabled whether the scheduled worker runs (tests switch it off and drive it)
 * @param pollInterval  the pause between two runs of the worker
 * @param batchSize     how many deliveries a run claims at most
 * @param lease         how long a claimed delivery stays with its worker before another node may take it;
 *                      longer than {@code batchSize} times the longest target timeout
 * @param firstRetry    the pause after the first failed attempt; it doubles at each failure
 * @param maxRetry      the longest pause between two attempts
 * @param giveUpAfter   how long a delivery is retried before it is "in errore" for the operators
 * @param jitter        the random share (0 to 1) added to or taken from each pause, so that many
 *                      deliveries failing together do not all come back at the same moment
 * @param protocolWait  how long the receipt e-mail of a module with {@code awaitProtocol} waits for
 *                      the protocol number before it is sent without it
 */
@ConfigurationProperties("modulistica.registration")
public record RegistrationSettings(
        @DefaultValue Map<String, Target> targets,
        URI baseUrl,
        @DefaultValue("true") boolean workerEnabled,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("10") int batchSize,
        @DefaultValue("PT10M") Duration lease,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT6H") Duration maxRetry,
        @DefaultValue("P3D") Duration giveUpAfter,
        @DefaultValue("0.2") double jitter,
        @DefaultValue("PT2M") Duration protocolWait) {

    /**
     * A target: where to POST, the HMAC key that signs the body, how long to wait for the answer and
     * headers to add (e.g. an API key of the receiving system).
     */
    public record Target(URI url, String secret, @DefaultValue("PT10S") Duration timeout,
            @DefaultValue Map<String, String> headers) {
    }

    public RegistrationSettings {
        targets = Map.copyOf(targets);
        targets.forEach(RegistrationSettings::check);
        if (!targets.isEmpty() && (baseUrl == null || !baseUrl.isAbsolute())) {
            throw new IllegalStateException("modulistica.registration.base-url is required when targets are configured:"
                    + " the address (https://...) at which targets fetch receipts and files");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalStateException("modulistica.registration.jitter must be at least 0 and less than 1");
        }
        Duration longest = targets.values().stream().map(Target::timeout).max(Duration::compareTo).orElse(Duration.ZERO);
        if (lease.compareTo(longest.multipliedBy(batchSize)) <= 0) {
            throw new IllegalStateException("modulistica.registration.lease (" + lease + ") must be longer than "
                    + "batch-size times the longest target timeout (" + longest.multipliedBy(batchSize) + ")");
        }
    }

    private static void check(String name, Target target) {
        String prefix = "modulistica.registration.targets." + name;
        if (target.url() == null || !target.url().isAbsolute()
                || !("https".equals(target.url().getScheme()) || "http".equals(target.url().getScheme()))) {
            throw new IllegalStateException(prefix + ".url must be an absolute http or https address");
        }
        if (target.secret() == null || target.secret().length() < 16) {
            throw new IllegalStateException(prefix + ".secret (the HMAC key) must have at least 16 characters");
        }
        if (target.timeout() == null || target.timeout().isNegative() || target.timeout().isZero()) {
            throw new IllegalStateException(prefix + ".timeout must be positive");
        }
    }

    /**
     * The pause after the {@code failures}-th consecutive failure: {@code firstRetry} doubled at each
     * failure, at most {@code maxRetry}, then moved by up to {@code jitter} of itself either way.
     */
    Duration backoff(int failures) {
        Duration exponential = failures >= 31 ? maxRetry : firstRetry.multipliedBy(1L << Math.max(0, failures - 1));
        Duration capped = exponential.compareTo(maxRetry) > 0 || exponential.isNegative() ? maxRetry : exponential;
        double factor = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(capped.toMillis() * factor)));
    }
}
