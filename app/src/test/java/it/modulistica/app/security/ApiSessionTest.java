package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The API accepts the session of a user signed in on the pages; writes through it need the CSRF token. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiSessionTest {

    private static final String NEW_INSTANCE = "{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The session cookie: sessions live in the database (Spring Session), the cookie alone carries them. */
    private Cookie signIn() throws Exception {
        Cookie session = mvc.perform(post("/login").param("username", "federica.neri").param("password", "demo")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();
        return session;
    }

    private int storedSessions() {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single();
    }

    @Test
    void readsWithTheSessionOfASignedInUser() throws Exception {
        Cookie session = signIn();

        mvc.perform(get("/api/me").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("federica.neri"));
    }

    @Test
    void writesWithTheSessionOnlyWithTheCsrfToken() throws Exception {
        Cookie session = signIn();

        mvc.perform(post("/api/instances").cookie(session).contentType(MediaType.APPLICATION_JSON).content(NEW_INSTANCE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/instances").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_INSTANCE))
                .andExpect(status().isCreated());
    }

    @Test
    void basicCredentialsNeedNoCsrfTokenAndCreateNoSession() throws Exception {
        int before = storedSessions();
        var result = mvc.perform(post("/api/instances").with(httpBasic("federica.neri", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_INSTANCE))
                .andExpect(status().isCreated())
                .andReturn();

        assertThat(result.getResponse().getCookie("JSESSIONID")).isNull();
        assertThat(storedSessions()).isEqualTo(before);
    }
}
