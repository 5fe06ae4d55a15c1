package it.modulistica.app.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.definition.DefinitionContext;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.lifecycle.ProtocolRegister;
import it.modulistica.engine.lifecycle.ReceiptOutbox;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires registration: the configured target names for the definitions' check, the outbox, the
 * document builder, the worker and its schedule, and the protocol register.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RegistrationSettings.class)
class RegistrationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationConfiguration.class);

    /** The names modules may use in {@code x-module.registration.target}. */
    @Bean
    DefinitionContext definitionContext(RegistrationSettings settings) {
        LOG.info("Registration targets: {}", settings.targets().isEmpty() ? "none" : settings.targets().keySet());
        return new DefinitionContext(settings.targets().keySet());
    }

    @Bean
    Deliveries registrationDeliveries(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new Deliveries(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    RegistrationWorker registrationWorker(Deliveries deliveries, InstanceRepository instances, PinnedDefinitions pinned,
            ReceiptOutbox receipts, UserDirectory users, JdbcClient jdbc, ObjectMapper mapper,
            RegistrationSettings settings) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.targets().values().stream().map(RegistrationSettings.Target::timeout)
                        .max(Duration::compareTo).orElse(Duration.ofSeconds(10)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new RegistrationWorker(deliveries,
                new RegistrationDocuments(instances, pinned, receipts, users, jdbc, mapper, settings.baseUrl()), settings, http);
    }

    @Bean
    ProtocolRegister protocolRegister(InstanceRepository instances, PinnedDefinitions pinned,
            NamedParameterJdbcOperations operations, Clock clock) {
        return new ProtocolRegister(instances, pinned, operations, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "modulistica.registration.worker-enabled", havingValue = "true", matchIfMissing = true)
    RegistrationSchedule registrationSchedule(RegistrationWorker worker, Clock clock) {
        return new RegistrationSchedule(worker, clock);
    }

    /** Runs the worker with a fixed pause ({@code modulistica.registration.poll-interval}) between runs. */
    static final class RegistrationSchedule {

        private final RegistrationWorker worker;
        private final Clock clock;

        RegistrationSchedule(RegistrationWorker worker, Clock clock) {
            this.worker = worker;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${modulistica.registration.poll-interval:PT5S}")
        void run() {
            worker.runOnce(clock.instant());
        }
    }
}
