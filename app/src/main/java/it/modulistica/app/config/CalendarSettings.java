package it.modulistica.app.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code modulistica.calendar}: the working-day calendar of processing times.
 *
 * @param extraHolidays holidays besides the Italian national ones, {@code MM-dd} every year (the
 *     patron saint, e.g. {@code 06-24} in Turin) or {@code yyyy-MM-dd} once
 */
@ConfigurationProperties("modulistica.calendar")
public record CalendarSettings(@DefaultValue List<String> extraHolidays) {
}
