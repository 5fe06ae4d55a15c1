package it.modulistica.app.backoffice;

import it.modulistica.engine.backoffice.OperatorInstances;
import it.modulistica.engine.definition.FormCatalog;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** Wires the engine's back-office searches to the published modules and workflows of the catalogue. */
@Configuration(proxyBeanMethods = false)
class BackofficeConfiguration {

    @Bean
    OperatorInstances operatorInstances(FormCatalog catalog, NamedParameterJdbcOperations operations,
            DataSource dataSource, Dialect dialect, Clock clock) {
        return new OperatorInstances(catalog::find, catalog::workflow, operations, dataSource, dialect, clock);
    }
}
