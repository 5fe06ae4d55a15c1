package it.modulistica.app.security.oidc;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** OpenID Connect sign-in on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTest extends OidcSignInContract {

    private static final TestIdentityProvider PROVIDER = new TestIdentityProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        register(registry, PROVIDER);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Override
    TestIdentityProvider provider() {
        return PROVIDER;
    }
}
