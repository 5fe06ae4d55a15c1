package it.modulistica.app.overload;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the admission filter in front of every other filter, sessions and security included, and
 * offers the pace at which background work gives way to requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OverloadSettings.class)
class OverloadConfiguration {

    @Bean
    OverloadAnswers overloadAnswers(ObjectMapper objectMapper, MessageSource messages, OverloadSettings settings) {
        return new OverloadAnswers(objectMapper, messages, settings);
    }

    @Bean
    RequestLoad requestLoad(OverloadSettings settings) {
        return new RequestLoad(settings.maxConcurrent());
    }

    @Bean
    BackgroundPace backgroundPace(RequestLoad load, OverloadSettings settings) {
        return new BackgroundPace(load::demand, settings.backgroundYieldAt(),
                settings.backgroundMaxDeferral(), System::nanoTime);
    }

    @Bean
    AdmissionFilter admissionFilter(RequestLoad load, OverloadSettings settings, OverloadAnswers answers) {
        return new AdmissionFilter(load, settings, answers);
    }

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilterRegistration(AdmissionFilter filter) {
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
