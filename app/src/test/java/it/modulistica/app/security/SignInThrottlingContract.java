package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed passwords slow down, then block, only the pair of account and client address that fails:
 * the holder signs in from elsewhere as usual, nobody can lock a real account, every failed sign-in
 * gets the same answer whether the account exists or not, and the holder is told by e-mail.
 * Waiting is simulated by moving the pair's next allowed attempt into the past. Run on every
 * database by its subclasses.
 */
abstract class SignInThrottlingContract {

    private static final String ATTACKER = "203.0.113.7";
    private static final String HOLDER_ELSEWHERE = "198.51.100.9";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    private String newUser(String username) {
        users.register(new NewUser(username, "Utente di prova", null, username + "@example.org", List.of()), "giusta");
        return username;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse me(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/me").with(httpBasic(username, password)).with(from(address))).andReturn().getResponse();
    }

    /** As if the pair had waited its delay. */
    private void waitOut(String username) {
        jdbc.sql("update sign_in_throttle set next_attempt_at = last_failure_at where username = ?").param(username).update();
    }

    private int failures(String username, String address) {
        return jdbc.sql("select failures from sign_in_throttle where username = ? and client_address = ?")
                .params(username, address).query(Integer.class).optional().orElse(0);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() throws Exception {
        String user = newUser("esistente");

        MockHttpServletResponse wrongPassword = me(user, "sbagliata", ATTACKER);
        MockHttpServletResponse noSuchAccount = me("inesistente", "sbagliata", ATTACKER);

        assertThat(wrongPassword.getStatus()).isEqualTo(401).isEqualTo(noSuchAccount.getStatus());
        assertThat(wrongPassword.getContentAsString()).isEqualTo(noSuchAccount.getContentAsString())
                .contains("Credenziali mancanti o non valide");
        assertThat(mvc.perform(formLogin("/login").user(user).password("sbagliata")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error").isEqualTo(mvc.perform(formLogin("/login")
                        .user("inesistente").password("sbagliata")).andReturn().getResponse().getRedirectedUrl());
    }

    @Test
    void afterThreeFreeFailuresThePairWaitsAndItsNextAttemptIsNotEvenChecked() throws Exception {
        String user = newUser("lento");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(me(user, "sbagliata", ATTACKER).getStatus()).isEqualTo(401);
        }
        assertThat(failures(user, ATTACKER)).isEqualTo(4);

        MockHttpServletResponse tooSoon = me(user, "giusta", ATTACKER);

        assertThat(tooSoon.getStatus()).isEqualTo(401);
        assertThat(tooSoon.getContentAsString()).isEqualTo(me("inesistente", "sbagliata", ATTACKER).getContentAsString());
        assertThat(failures(user, ATTACKER)).as("a refused attempt is not a new failure").isEqualTo(4);
        assertThat(me(user, "giusta", HOLDER_ELSEWHERE).getStatus()).as("the holder, elsewhere").isEqualTo(200);
        waitOut(user);
        assertThat(me(user, "giusta", ATTACKER).getStatus()).isEqualTo(200);
        assertThat(failures(user, ATTACKER)).as("a success clears the pair").isZero();
    }

    @Test
    void theTenthFailureBlocksThePairRecordsItAndWarnsTheHolderOnce() throws Exception {
        String user = newUser("assediato");
        for (int attempt = 1; attempt <= SignInThrottle.BLOCK_AFTER; attempt++) {
            waitOut(user);
            assertThat(me(user, "sbagliata", ATTACKER).getStatus()).isEqualTo(401);
        }

        assertThat(me(user, "giusta", ATTACKER).getStatus()).as("blocked, even with the right password").isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from sign_in_throttle where username = ? and next_attempt_at > last_failure_at"
                + " + interval '9' minute").param(user).query(Integer.class).single()).isEqualTo(1);
        assertThat(mvc.perform(post("/login").param("username", user).param("password", "giusta")
                        .with(csrf()).with(from(HOLDER_ELSEWHERE)))
                .andReturn().getResponse().getRedirectedUrl()).as("the holder signs in elsewhere").isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'LOCKOUT' and target = ?"
                + " and cast(details as varchar(4000)) like ?").params("user:" + user, "%" + ATTACKER + "%").query(Integer.class).single())
                .isEqualTo(1);
        List<String> alerts = jdbc.sql("select subject from mail_job where kind = 'sign-in-alert' and recipient = ?")
                .param(user + "@example.org").query(String.class).list();
        assertThat(alerts).containsExactly("Modulistica: tentativi di accesso al suo account");
        assertThat(jdbc.sql("select text_body from mail_job where kind = 'sign-in-alert' and recipient = ?")
                .param(user + "@example.org").query(String.class).single()).contains(ATTACKER, "10 tentativi", user);

        jdbc.sql("update sign_in_throttle set failures = 0, next_attempt_at = last_failure_at where username = ?")
                .param(user).update();
        for (int attempt = 1; attempt <= SignInThrottle.BLOCK_AFTER; attempt++) {
            waitOut(user);
            me(user, "sbagliata", ATTACKER);
        }
        assertThat(jdbc.sql("select count(*) from mail_job where kind = 'sign-in-alert' and recipient = ?")
                .param(user + "@example.org").query(Integer.class).single()).as("at most once a day").isEqualTo(1);
    }

    @Test
    void aBlockedUnknownUsernameWarnsNobody() throws Exception {
        for (int attempt = 1; attempt <= SignInThrottle.BLOCK_AFTER; attempt++) {
            waitOut("fantasma");
            me("fantasma", "sbagliata", ATTACKER);
        }

        assertThat(me("fantasma", "sbagliata", ATTACKER).getStatus()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from mail_job where kind = 'sign-in-alert' and recipient like 'fantasma%'")
                .query(Integer.class).single()).isZero();
    }
}
