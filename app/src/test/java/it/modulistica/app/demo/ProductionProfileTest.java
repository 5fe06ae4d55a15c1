package it.modulistica.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.modulistica.app.ModulisticaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The prod profile, here on H2 instead of PostgreSQL: the schema is migrated, and nobody can sign in with a demo password. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:modulistica-prod-profile;DB_CLOSE_DELAY=-1",
        "spring.datasource.driver-class-name=org.h2.Driver",
        "spring.datasource.username=sa"})
@ActiveProfiles("prod")
@AutoConfigureMockMvc
class ProductionProfileTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void createsNoDemoUsers() {
        assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single()).isZero();
    }

    @Test
    void reservesPasswordSignInToStaff() {
        assertThat(context.getEnvironment().getProperty("modulistica.security.password-login-for-citizens", Boolean.class))
                .isFalse();
    }

    @Test
    void refusesToStartWithoutDatasourceSettings() {
        var application = new SpringApplicationBuilder(ModulisticaApplication.class)
                .profiles("prod")
                .web(WebApplicationType.NONE);

        assertThatThrownBy(application::run)
                .hasStackTraceContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void seedsTheCategoriesInOrder() {
        assertThat(jdbc.sql("SELECT code FROM category ORDER BY position").query(String.class).list())
                .containsExactly("servizi-educativi", "voucher-scuola", "salute", "servizi-demografici",
                        "edilizia-urbanistica", "tributi-imu-tasi", "assistenza");
    }

    @Test
    void sendsTheSessionCookieOverHttpsOnlyAndHstsOnEveryResponseEvenBehindATlsProxy() throws Exception {
        MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();

        assertThat(login.getHeaders("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "SameSite=Lax"));
        assertThat(login.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(mvc.perform(get("/api/me")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
    }
}
