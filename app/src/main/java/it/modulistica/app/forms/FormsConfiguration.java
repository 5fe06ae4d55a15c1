package it.modulistica.app.forms;

import it.modulistica.app.config.ModulisticaProperties;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.validation.ModuleExamples;
import it.modulistica.engine.definition.FormSource;
import it.modulistica.engine.definition.VersionLedger;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ViolationMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires the engine's form catalogue and validator, and rescans the forms directory every few
 * seconds ({@code modulistica.forms-refresh-interval}) so that definitions added, changed or
 * removed while the application runs are picked up without a restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FormsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FormsConfiguration.class);
    private static final Path DEFAULT_DIRECTORY = Path.of("forms");

    @Bean
    FormSource formSource(ModulisticaProperties properties) {
        Path configured = properties.formsDir();
        if (configured != null) {
            if (!Files.isDirectory(configured)) {
                throw new IllegalStateException("modulistica.forms-dir is " + configured.toAbsolutePath()
                        + ", which is not a directory");
            }
            log.info("Reading form definitions from {}", configured.toAbsolutePath());
            return FormSource.directory(configured);
        }
        if (Files.isDirectory(DEFAULT_DIRECTORY)) {
            log.info("Reading form definitions from {}", DEFAULT_DIRECTORY.toAbsolutePath());
            return FormSource.directory(DEFAULT_DIRECTORY);
        }
        log.info("No forms directory: using the modules packaged with the application");
        return FormSource.classpath();
    }

    /** The check of the published modules' examples, shown beside the definitions' problems. */
    @Bean
    ModuleExamples moduleExamples(FormCatalog catalog) {
        return new ModuleExamples(catalog);
    }

    @Bean
    FormCatalog formCatalog(FormSource source, VersionLedger ledger) {
        return new FormCatalog(source, ledger);
    }

    @Bean
    PinnedDefinitions pinnedDefinitions(JdbcVersionLedger ledger, FormCatalog catalog) {
        return new PinnedDefinitions(ledger, catalog::dataSources);
    }

    @Bean
    FormValidator formValidator(FormCatalog catalog, Clock clock) {
        return new FormValidator(catalog::dataSources, clock);
    }

    @Bean
    ViolationMessages violationMessages() {
        return new ViolationMessages();
    }

    @Bean
    CatalogRefresh catalogRefresh(FormCatalog catalog) {
        return new CatalogRefresh(catalog);
    }

    /**
     * Polls the forms source; a scan only reloads when a file was added, changed or removed. When the
     * source cannot be read (the directory was removed or is unreadable) the modules already
     * published stay in force and the failure is logged once, not at every poll.
     */
    static final class CatalogRefresh {

        private final FormCatalog catalog;
        private String lastFailure;

        CatalogRefresh(FormCatalog catalog) {
            this.catalog = catalog;
        }

        @Scheduled(initialDelayString = "${modulistica.forms-refresh-interval:PT2S}",
                fixedDelayString = "${modulistica.forms-refresh-interval:PT2S}")
        void refresh() {
            try {
                catalog.refreshIfChanged();
                if (lastFailure != null) {
                    log.info("Form definitions can be read again");
                    lastFailure = null;
                }
            } catch (RuntimeException e) {
                if (!String.valueOf(e.getMessage()).equals(lastFailure)) {
                    log.error("Form definitions could not be reloaded; the published modules stay in force", e);
                    lastFailure = String.valueOf(e.getMessage());
                }
            }
        }
    }
}
