package it.modulistica.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The API accepts the session of a user signed in on the pages; writes through it need the CSRF token. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiSessionTest {

    private static final String NEW_INSTANCE = "{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}";

    @Autowired
    MockMvc mvc;

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", "federica.neri").param("password", "demo")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void readsWithTheSessionOfASignedInUser() throws Exception {
        MockHttpSession session = signIn();

        mvc.perform(get("/api/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("federica.neri"));
    }

    @Test
    void writesWithTheSessionOnlyWithTheCsrfToken() throws Exception {
        MockHttpSession session = signIn();

        mvc.perform(post("/api/instances").session(session).contentType(MediaType.APPLICATION_JSON).content(NEW_INSTANCE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/instances").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_INSTANCE))
                .andExpect(status().isCreated());
    }

    @Test
    void basicCredentialsNeedNoCsrfTokenAndCreateNoSession() throws Exception {
        var result = mvc.perform(post("/api/instances").with(httpBasic("federica.neri", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_INSTANCE))
                .andExpect(status().isCreated())
                .andReturn();

        org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession(false)).isNull();
    }
}
