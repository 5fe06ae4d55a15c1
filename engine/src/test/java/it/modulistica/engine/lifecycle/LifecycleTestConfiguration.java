package it.modulistica.engine.lifecycle;

import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.instance.InstancePersistenceConfiguration;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.numbering.InstanceNumbering;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.window.ModulePublications;
import it.modulistica.engine.window.OpeningWindows;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** The lifecycle wired as the application wires it, over a {@link TestCatalog}. */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
@Import(InstancePersistenceConfiguration.class)
class LifecycleTestConfiguration {

    @Bean
    PinnedDefinitions pinnedDefinitions(JdbcVersionLedger ledger) {
        return new PinnedDefinitions(ledger, () -> DataSources.NONE);
    }

    @Bean
    FormValidator formValidator() {
        return new FormValidator(() -> DataSources.NONE);
    }

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
    InstanceNumbering instanceNumbering(NamedParameterJdbcOperations operations, Dialect dialect) {
        return new InstanceNumbering(operations, dialect);
    }

    @Bean
    ReceiptOutbox receiptOutbox(TestCatalog catalog, PinnedDefinitions pinned, InstanceRepository instances,
            NamedParameterJdbcOperations operations, Dialect dialect, PlatformTransactionManager transactions,
            Clock clock) {
        return new ReceiptOutbox(catalog::workflow, pinned, instances, TestReceipts::print, operations, dialect,
                transactions, clock);
    }

    @Bean
    InstanceLifecycle instanceLifecycle(TestCatalog catalog, PinnedDefinitions pinned, FormValidator validator,
            InstanceRepository instances, JdbcVersionLedger ledger, InstanceNumbering numbering,
            OpeningWindows windows, ReceiptOutbox receipts, NamedParameterJdbcOperations operations, Dialect dialect,
            Clock clock) {
        return new InstanceLifecycle(catalog::form, catalog::workflow, pinned, validator, instances, ledger, numbering,
                windows, receipts, TestIssuedDocuments::print, HelpContacts.NONE, operations, dialect, clock);
    }

    @Bean
    InstanceFiles instanceFiles(InstanceLifecycle lifecycle, InstanceRepository instances,
            NamedParameterJdbcOperations operations, Clock clock) {
        return new InstanceFiles(lifecycle, instances, operations, clock);
    }

    @Bean
    MyInstances myInstances(InstanceRepository instances, PinnedDefinitions pinned,
            NamedParameterJdbcOperations operations, Dialect dialect) {
        return new MyInstances(instances, pinned, operations, dialect);
    }
}
