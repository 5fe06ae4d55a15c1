package it.modulistica.app.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Instances and signed-in users reached through the real API and sign-in form, for MockMvc tests. */
public final class InstanceFixtures {

    /** The legal representative of the Comune di Alba in the demo data. */
    public static final String ALBA_OWNER = "federica.neri";

    private InstanceFixtures() {
    }

    /**
     * An Utenti Servizi 06 instance for the Comune di Alba, created, filled, completed and sent by
     * {@link #ALBA_OWNER} through the API; returns its id.
     */
    public static String sentForAlba(MockMvc mvc, ObjectMapper mapper) throws Exception {
        return filledForAlba(mvc, mapper, List.of("completa", "invia"));
    }

    /**
     * An Utenti Servizi 06 instance for the Comune di Alba, created and filled with valid data by
     * {@link #ALBA_OWNER} through the API, then taken through {@code actions}; returns its id.
     */
    public static String filledForAlba(MockMvc mvc, ObjectMapper mapper, List<String> actions) throws Exception {
        String created = mvc.perform(post("/api/instances").with(httpBasic(ALBA_OWNER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = mapper.readTree(created).get("id").asText();
        try (InputStream example = InstanceFixtures.class.getResourceAsStream(
                "/forms/utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json")) {
            assertThat(example).isNotNull();
            mvc.perform(put("/api/instances/" + id + "/data").with(httpBasic(ALBA_OWNER, "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content(example.readAllBytes())).andExpect(status().isOk());
        }
        for (String action : actions) {
            mvc.perform(post("/api/instances/" + id + "/actions/" + action).with(httpBasic(ALBA_OWNER, "demo")))
                    .andExpect(status().isOk());
        }
        return id;
    }

    /**
     * The session cookie of a form sign-in with the demo password: sessions live in the database,
     * the cookie alone carries them.
     */
    public static Cookie session(MockMvc mvc, String username) throws Exception {
        Cookie session = mvc.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("JSESSIONID");
        assertThat(session).as("session of " + username).isNotNull();
        return session;
    }
}
