package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

/** Five failed passwords in a row lock an account for 15 minutes, on the API and on the login page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class LoginLockoutTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    private String newUser(String username) {
        users.register(new NewUser(username, "Utente di prova", null, null, List.of()), "giusta");
        return username;
    }

    private ResponseEntity<JsonNode> me(String username, String password) {
        return http.withBasicAuth(username, password).getForEntity("/api/me", JsonNode.class);
    }

    private String lockEnd(String username) {
        OffsetDateTime until = jdbc.sql("select locked_until from app_user where username = ?").param(username)
                .query(OffsetDateTime.class).single();
        return DateTimeFormatter.ofPattern("HH:mm").format(until.atZoneSameInstant(ZoneId.of("Europe/Rome")));
    }

    @Test
    void theFifthFailedPasswordLocksTheAccountEvenForTheRightPassword() {
        String user = newUser("bloccato.api");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(me(user, "sbagliata").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(me(user, "sbagliata").getBody().get("title").asText()).isEqualTo("Autenticazione richiesta");

        ResponseEntity<JsonNode> refused = me(user, "giusta");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("Account bloccato");
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("Account bloccato per troppi tentativi falliti: riprovare dopo le " + lockEnd(user));
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        String user = newUser("distratto");
        for (int attempt = 1; attempt <= 4; attempt++) {
            me(user, "sbagliata");
        }
        assertThat(me(user, "giusta").getStatusCode()).isEqualTo(HttpStatus.OK);
        for (int attempt = 1; attempt <= 4; attempt++) {
            me(user, "sbagliata");
        }

        assertThat(me(user, "giusta").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theAccountOpensAgainWhenTheLockEnds() {
        String user = newUser("paziente");
        for (int attempt = 1; attempt <= 5; attempt++) {
            me(user, "sbagliata");
        }
        assertThat(me(user, "giusta").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        jdbc.sql("update app_user set locked_until = locked_until - interval '15' minute where username = ?")
                .param(user).update();

        assertThat(me(user, "giusta").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select locked_until from app_user where username = ?").param(user)
                .query(OffsetDateTime.class).optional()).isEmpty();
    }

    @Test
    void theLoginPageTellsWhenToTryAgain() throws Exception {
        String user = newUser("bloccato.pagina");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(user).password("sbagliata"));
        }

        Cookie session = mvc.perform(formLogin("/login").user(user).password("giusta"))
                .andExpect(redirectedUrl("/login?error")).andReturn().getResponse().getCookie("JSESSIONID");

        mvc.perform(get("/login").param("error", "").cookie(session))
                .andExpect(content().string(Matchers.containsString(
                        "Account bloccato per troppi tentativi falliti: riprovare dopo le " + lockEnd(user) + ".")));
    }
}
