package it.modulistica.app.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code modulistica.*}.
 *
 * @param formsDir the forms directory ({@code <code>/form.json}, {@code data/}, {@code workflows/});
 *     {@code null} when not configured, in which case {@code ./forms} is used if it exists and the
 *     modules packaged on the classpath otherwise
 */
@ConfigurationProperties("modulistica")
public record ModulisticaProperties(Path formsDir) {
}
