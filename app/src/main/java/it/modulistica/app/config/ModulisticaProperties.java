package it.modulistica.app.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code modulistica.*}.
 *
 * @param formsDir the forms directory ({@code <code>/form.json}, {@code data/}, {@code workflows/});
 *     {@code null} when not configured, in which case {@code ./forms} is used if it exists and the
 *     modules packaged on the classpath otherwise
 * @param formsRefreshInterval how often the forms directory is checked for added, changed or
 *     removed files (default two seconds)
 */
@ConfigurationProperties("modulistica")
public record ModulisticaProperties(Path formsDir, @DefaultValue("PT2S") Duration formsRefreshInterval) {
}
