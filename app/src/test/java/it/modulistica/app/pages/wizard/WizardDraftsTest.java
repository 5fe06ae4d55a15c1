package it.modulistica.app.pages.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.instances.Callers;
import it.modulistica.app.security.UserAccount;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/** Nothing typed is lost: the wizard saves in the background, and a draft reopens where it was left. */
@SpringBootTest
@AutoConfigureMockMvc
class WizardDraftsTest {

    @Autowired
    Callers callers;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    InstanceLifecycle lifecycle;

    private UserAccount federica;
    private String id;

    @BeforeEach
    void startADraft() throws Exception {
        federica = users.loadUserByUsername("federica.neri");
        String location = mvc.perform(post("/istanze").with(user(federica)).with(csrf())
                        .param("form", "utenti-servizi-06").param("organisation", "004003"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        id = location.replaceAll("^/istanze/([^/]+)/.*$", "$1");
    }

    private String stored(String pointer) {
        var caller = callers.of(new UsernamePasswordAuthenticationToken(federica, null, federica.getAuthorities()));
        return lifecycle.get(UUID.fromString(id), caller).instance().data().at(pointer).asText(null);
    }

    @Test
    void autosaveKeepsWhatWasTypedWithoutLeavingTheStep() throws Exception {
        mvc.perform(post("/istanze/" + id + "/passo/2").with(user(federica)).with(csrf())
                        .param("_move", "autosave").param("/comune/cap", "12051")
                        .param("/comune/indirizzo", "Piazza Risorgimento, 1"))
                .andExpect(status().isNoContent());

        assertThat(stored("/comune/cap")).isEqualTo("12051");
        assertThat(stored("/comune/indirizzo")).isEqualTo("Piazza Risorgimento, 1");
    }

    @Test
    void autosaveRefusesWhatTheDraftCannotHoldAndKeepsTheStoredData() throws Exception {
        mvc.perform(post("/istanze/" + id + "/passo/2").with(user(federica)).with(csrf())
                        .param("_move", "autosave").param("/comune/cap", "12051"))
                .andExpect(status().isNoContent());

        mvc.perform(post("/istanze/" + id + "/passo/2").with(user(federica)).with(csrf())
                        .param("_move", "autosave").param("/comune/cap", "12051")
                        .param("/comune/indirizzo", "x".repeat(151)))
                .andExpect(status().isUnprocessableEntity());

        assertThat(stored("/comune/cap")).isEqualTo("12051");
        assertThat(stored("/comune/indirizzo")).isNull();
    }

    @Test
    void aDraftReopensAtTheStepWhereItWasLeft() throws Exception {
        mvc.perform(get("/istanze/" + id + "/passo/3").with(user(federica))).andExpect(status().isOk());

        mvc.perform(get("/istanze/" + id + "/riprendi").with(user(federica)))
                .andExpect(redirectedUrl("/istanze/" + id + "/passo/3"));

        mvc.perform(get("/istanze/" + id + "/passo/2").with(user(federica))).andExpect(status().isOk());
        mvc.perform(get("/istanze/" + id + "/riprendi").with(user(federica)))
                .andExpect(redirectedUrl("/istanze/" + id + "/passo/2"));
    }

    @Test
    void autosaveNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/istanze/" + id + "/passo/2").with(user(federica))
                        .param("_move", "autosave").param("/comune/cap", "12051"))
                .andExpect(status().isForbidden());
    }
}
