package it.modulistica.app.instances;

import io.micrometer.core.instrument.MeterRegistry;
import it.modulistica.app.overload.BackgroundPace;
import it.modulistica.app.overload.BackgroundWorkers;
import it.modulistica.engine.calendar.ProcessingDates;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.lifecycle.HelpContacts;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import it.modulistica.engine.lifecycle.MyInstances;
import it.modulistica.engine.lifecycle.ReceiptOutbox;
import it.modulistica.engine.numbering.InstanceNumbering;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.window.ModulePublications;
import it.modulistica.engine.window.OpeningWindows;
import it.modulistica.renderer.InstanceRenderer;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the engine's instance lifecycle to the published modules and workflows of the catalogue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReceiptSettings.class)
class InstancesConfiguration {

    @Bean
    ModulePublications modulePublications(NamedParameterJdbcOperations operations, Clock clock) {
        return new ModulePublications(operations, clock);
    }

    @Bean
    OpeningWindows openingWindows(NamedParameterJdbcOperations operations, ModulePublications publications,
            Clock clock) {
        return new OpeningWindows(operations, publications, clock);
    }

    @Bean
    InstanceNumbering instanceNumbering(NamedParameterJdbcOperations operations, Dialect dialect,
            MeterRegistry meters) {
        return new InstanceNumbering(operations, dialect, new MeteredLockTimes(meters));
    }

    @Bean
    InstanceRenderer instanceRenderer() {
        return new InstanceRenderer();
    }

    @Bean
    InstanceHeaders instanceHeaders(ProcessingDates processingDates) {
        return new InstanceHeaders(processingDates);
    }

    @Bean
    RenderedReceipts renderedReceipts(InstanceRenderer renderer, FormCatalog catalog, InstanceHeaders headers) {
        return new RenderedReceipts(renderer, catalog, headers);
    }

    @Bean
    ReceiptOutbox receiptOutbox(FormCatalog catalog, PinnedDefinitions pinned, InstanceRepository instances,
            RenderedReceipts printer, NamedParameterJdbcOperations operations, Dialect dialect,
            PlatformTransactionManager transactions, Clock clock) {
        return new ReceiptOutbox(catalog::workflow, pinned, instances, printer, operations, dialect, transactions, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "modulistica.receipts.worker-enabled", havingValue = "true", matchIfMissing = true)
    BackgroundWorkers receiptWorkers(ReceiptOutbox outbox, ReceiptSettings settings, BackgroundPace pace) {
        // One receipt per unit, so that each waits its turn behind the requests.
        return new BackgroundWorkers("receipt-worker", settings.workers(), settings.pollInterval(), pace,
                () -> outbox.printPending(1));
    }

    @Bean
    InstanceLifecycle instanceLifecycle(FormCatalog catalog, PinnedDefinitions pinned, FormValidator validator,
            InstanceRepository instances, JdbcVersionLedger ledger, InstanceNumbering numbering,
            OpeningWindows windows, ReceiptOutbox receipts, InstanceRenderer renderer, HelpContacts contacts,
            NamedParameterJdbcOperations operations, Dialect dialect, Clock clock) {
        return new InstanceLifecycle(catalog::find, catalog::workflow, pinned, validator, instances, ledger, numbering,
                windows, receipts, new RenderedIssuedDocuments(renderer, catalog), contacts, operations, dialect, clock);
    }

    @Bean
    MyInstances myInstances(InstanceRepository instances, PinnedDefinitions pinned,
            NamedParameterJdbcOperations operations, Dialect dialect) {
        return new MyInstances(instances, pinned, operations, dialect);
    }
}
