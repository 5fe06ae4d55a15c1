package it.modulistica.app.instances;

import it.modulistica.app.PostgresSchema;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The instances API contract on PostgreSQL, in the test run's shared schema: one application context
 * for all the classes configured so (see {@link PostgresSchema.Shared}), as their H2 twins share
 * theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresSchema.Shared.class)
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
class InstancesApiOnPostgresTest extends InstancesApiContract {
}
