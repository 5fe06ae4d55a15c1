package it.modulistica.app.files;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.files.*}. The hard cap on an upload is Spring's
 * {@code spring.servlet.multipart.max-file-size} and {@code max-request-size}.
 *
 * @param orphanGrace   how long a file uploaded into a draft may stay unreferenced by its data before
 *                      the purge deletes it
 * @param purgeInterval the pause between two runs of the purge
 * @param purgeEnabled  whether the scheduled purge runs (tests drive it themselves)
 */
@ConfigurationProperties("modulistica.files")
public record FileSettings(
        @DefaultValue("PT24H") Duration orphanGrace,
        @DefaultValue("PT1H") Duration purgeInterval,
        @DefaultValue("true") boolean purgeEnabled) {
}
