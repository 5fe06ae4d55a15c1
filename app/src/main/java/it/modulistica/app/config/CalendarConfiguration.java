package it.modulistica.app.config;

import it.modulistica.engine.calendar.ProcessingDates;
import it.modulistica.engine.calendar.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar, with the extra holidays configured, and the processing dates it gives. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDays workingDays(CalendarSettings settings) {
        return WorkingDays.withExtraHolidays(settings.extraHolidays());
    }

    @Bean
    ProcessingDates processingDates(WorkingDays workingDays) {
        return new ProcessingDates(workingDays);
    }
}
