package it.modulistica.app.config;

import it.modulistica.engine.instance.InstancePersistenceConfiguration;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The engine's persistence and the clock every time-dependent part of the platform reads. */
@Configuration(proxyBeanMethods = false)
@Import(InstancePersistenceConfiguration.class)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
