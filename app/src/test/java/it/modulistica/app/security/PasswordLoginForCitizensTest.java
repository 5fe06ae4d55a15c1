package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** With password sign-in off for citizens (as in production), only operators and admins use a password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "modulistica.security.password-login-for-citizens=false")
@AutoConfigureMockMvc
class PasswordLoginForCitizensTest {

    private static final String REFUSAL = "L'accesso con nome utente e password è riservato al personale dell'ente: "
            + "i cittadini accedono con SPID, CIE o CNS.";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenWithTheRightPasswordIsRefusedOnTheApiWithAClearProblem() {
        ResponseEntity<JsonNode> refused = http.withBasicAuth("mario.rossi", "demo").getForEntity("/api/me", JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("Accesso con password non consentito");
        assertThat(refused.getBody().get("detail").asText()).isEqualTo(REFUSAL);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = 'mario.rossi' AND outcome = 'FAILURE'"
                + " AND details LIKE '%PasswordLoginNotForCitizens%'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCitizenWithAWrongPasswordLearnsNothingMore() {
        ResponseEntity<JsonNode> refused = http.withBasicAuth("giuseppe.verdi", "sbagliata").getForEntity("/api/me", JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("Autenticazione richiesta");
    }

    @Test
    void aCitizenIsToldOnTheLoginPage() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("federica.neri").password("demo"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn().getResponse().getCookie("JSESSIONID");

        mvc.perform(get("/login").param("error", "").cookie(session))
                .andExpect(content().string(Matchers.containsString("riservato al personale dell&#39;ente")));
    }

    @Test
    void staffStillSignInWithAPassword() {
        assertThat(http.withBasicAuth("operatore", "demo").getForEntity("/api/me", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/me", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
