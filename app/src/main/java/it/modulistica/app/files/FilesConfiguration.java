package it.modulistica.app.files;

import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.lifecycle.InstanceFiles;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The engine's instance files, and the scheduled purge of the files drafts no longer reference. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(FileSettings.class)
class FilesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FilesConfiguration.class);

    @Bean
    InstanceFiles instanceFiles(InstanceLifecycle lifecycle, InstanceRepository instances,
            NamedParameterJdbcOperations operations, Clock clock) {
        return new InstanceFiles(lifecycle, instances, operations, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "modulistica.files.purge-enabled", havingValue = "true", matchIfMissing = true)
    OrphanPurge orphanPurge(InstanceFiles files, FileSettings settings) {
        return new OrphanPurge(files, settings);
    }

    /** Runs the purge every {@code modulistica.files.purge-interval}. */
    static final class OrphanPurge {

        private final InstanceFiles files;
        private final FileSettings settings;

        OrphanPurge(InstanceFiles files, FileSettings settings) {
            this.files = files;
            this.settings = settings;
        }

        @Scheduled(initialDelayString = "${modulistica.files.purge-interval:PT1H}",
                fixedDelayString = "${modulistica.files.purge-interval:PT1H}")
        void run() {
            int purged = files.purgeOrphans(settings.orphanGrace());
            if (purged > 0) {
                log.info("Purged {} file(s) no draft references any more", purged);
            }
        }
    }
}
