package it.modulistica.engine.instance;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * The Spring Data JDBC set-up of instances: their repository, the JSON column converters for the
 * database in use and the {@link JdbcVersionLedger}.
 *
 * <p>Being the application's {@link AbstractJdbcConfiguration}, it replaces Spring Boot's; repositories
 * of other packages must be enabled by their own {@code @EnableJdbcRepositories}. It needs a
 * {@code DataSource}-backed {@link NamedParameterJdbcOperations}, a transaction manager and a
 * {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
// A repository fragment's implementation is named after its interface with "Sql" (InstanceRowsSql),
// not Spring Data's default "Impl", which the house style keeps out of class names.
@EnableJdbcRepositories(basePackageClasses = InstanceRepository.class, repositoryImplementationPostfix = "Sql")
public class InstancePersistenceConfiguration extends AbstractJdbcConfiguration {

    private final ObjectProvider<Dialect> dialect;

    public InstancePersistenceConfiguration(ObjectProvider<Dialect> dialect) {
        this.dialect = dialect;
    }

    @Override
    protected List<?> userConverters() {
        return JsonColumns.of(dialect.getObject()).converters();
    }

    @Bean
    public JdbcVersionLedger jdbcVersionLedger(NamedParameterJdbcOperations operations, Dialect jdbcDialect,
            Clock clock) {
        return new JdbcVersionLedger(operations, jdbcDialect, clock);
    }
}
