package it.modulistica.app.pages.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.window.OpeningWindows;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Compila" offers the organisations the user acts for, and a refused start or a missing page is
 * told in Italian on a page, not as an error document.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class NewInstancePagesTest {

    private static final String MODULE = "utenti-servizi-06";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    OpeningWindows windows;

    private RequestPostProcessor federica() {
        return user(users.loadUserByUsername("federica.neri"));
    }

    @Test
    void compilaOffersTheComuniTheMayorActsForInsteadOfAFreeCode() throws Exception {
        String page = mvc.perform(get("/nuova-istanza/servizi-educativi").with(federica()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Selezionare il comune per il quale si deve operare",
                "<option value=\"004003\">Comune di Alba (004003)</option>",
                "<option value=\"004029\">Comune di Bra (004029)</option>");
        assertThat(page).doesNotContain("pattern=\"[0-9]{6}\"");
    }

    @Test
    void choosingAComuneStartsTheWizard() throws Exception {
        mvc.perform(post("/istanze").with(federica()).with(csrf()).param("form", MODULE).param("organisation", "004029"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/istanze/*/passo/1"));
    }

    @Test
    void anOrganisationTheUserDoesNotBelongToIsRefusedBesideTheField() throws Exception {
        String page = mvc.perform(post("/istanze").with(federica()).with(csrf())
                        .param("form", MODULE).param("organisation", "001272"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.replace("&#39;", "'")).contains("Non è stato possibile creare l'istanza",
                "Non risulta legale rappresentante dell'ente 001272", "id=\"organisation-" + MODULE + "-error\"",
                "aria-describedby=\"organisation-" + MODULE + "-error\"");
    }

    @Test
    void aClosedModuleIsRefusedWithItsClosingDate() throws Exception {
        windows.extend(MODULE, LocalDateTime.parse("2022-09-02T12:00"), "Ripristino del termine del manuale", "admin");
        try {
            String page = mvc.perform(post("/istanze").with(federica()).with(csrf())
                            .param("form", MODULE).param("organisation", "004003"))
                    .andExpect(status().isConflict())
                    .andReturn().getResponse().getContentAsString();

            assertThat(page).contains("Il modulo non è più compilabile: termine scaduto il 02/09/2022 alle 12:00");
        } finally {
            windows.extend(MODULE, LocalDateTime.of(Year.now().getValue(), 12, 31, 23, 59), "Proroga", "admin");
        }
    }

    @Test
    void anUnknownInstanceShowsTheItalianErrorPage() throws Exception {
        String page = mvc.perform(get("/istanze/" + UUID.randomUUID()).with(federica()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Si è verificato un problema",
                "La pagina richiesta non esiste o non è visibile con le sue credenziali.", "Torna alla Bacheca");
    }

    @Test
    void anUnknownAddressIsAPageForBrowsersAndAProblemForTheApi() throws Exception {
        mvc.perform(get("/pagina-inesistente").with(federica()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Torna alla Bacheca")));
        mvc.perform(get("/api/inesistente").with(httpBasic("federica.neri", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
