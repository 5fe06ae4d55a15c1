package it.modulistica.app.security.oidc;

import it.modulistica.app.PostgresSchema;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect sign-in on PostgreSQL: accounts found and created by codice fiscale, the signed-in
 * user kept in the database session. Runs when {@code modulistica.test.postgres} is {@code true}
 * or {@code required}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
@DirtiesContext
class OidcSignInOnPostgresTest extends OidcSignInContract {

    private static final PostgresSchema SCHEMA = new PostgresSchema();
    private static final TestIdentityProvider PROVIDER = new TestIdentityProvider();

    @DynamicPropertySource
    static void postgresAndProvider(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
        register(registry, PROVIDER);
    }

    @AfterAll
    static void stopProviderAndDropSchema() throws SQLException {
        PROVIDER.close();
        SCHEMA.drop();
    }

    @Override
    TestIdentityProvider provider() {
        return PROVIDER;
    }
}
