package it.modulistica.app.pages.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.security.UserDirectory;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * After an admin grants an extension ("proroga"), the module's page offers the avviso already
 * written; published as is, or edited, it shows on the public page, the catalogue's module card
 * and the Bacheca, scoped to the module.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // each extension must close after the one before
class ExtensionNoticeTest {

    static final String MODULE = "/admin/moduli/utenti-servizi-06";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @SuppressWarnings("unchecked")
    Map<String, String> extend(String closes) throws Exception {
        MvcResult extended = mvc.perform(post(MODULE + "/proroghe").with(user(users.loadUserByUsername("admin")))
                        .with(csrf()).param("closes", closes).param("reason", "Richieste dei Comuni"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(MODULE)).andReturn();
        Map<String, String> draft = (Map<String, String>) extended.getFlashMap().get("extensionNotice");
        assertThat(draft).isNotNull();
        // The flash lives in the (database) session the redirect's cookie names.
        Cookie session = extended.getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();
        String page = mvc.perform(get(MODULE).with(user(users.loadUserByUsername("admin"))).cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"extension-notice\"", "value=\"" + draft.get("title") + "\"",
                ">" + draft.get("text").replace("'", "&#39;") + "</textarea>", "name=\"scope\" value=\"form:utenti-servizi-06\"",
                "name=\"back\" value=\"" + MODULE + "\"");
        return draft;
    }

    @Test
    @Order(2)
    void theExtensionPageOffersTheNoticeWrittenAndPublishingItAsIsShowsItEverywhere() throws Exception {
        Map<String, String> draft = extend("2099-12-31T12:00");
        assertThat(draft).containsEntry("title", "Proroga dei termini: Utenti Servizi 06")
                .containsEntry("text", "I termini per la compilazione del modulo Utenti Servizi 06 sono stati prorogati "
                        + "al 31 dicembre 2099 ore 12.00.")
                .containsEntry("to", "2099-12-31T12:00").containsEntry("scope", "form:utenti-servizi-06");
        assertThat(draft.get("from")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

        mvc.perform(post("/admin/avvisi").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("title", draft.get("title")).param("text", draft.get("text"))
                        .param("from", draft.get("from")).param("to", draft.get("to")).param("scope", draft.get("scope"))
                        .param("back", MODULE))
                .andExpect(status().isFound()).andExpect(redirectedUrl(MODULE));

        String text = "I termini per la compilazione del modulo Utenti Servizi 06 sono stati prorogati al 31 dicembre 2099 ore 12.00.";
        assertThat(mvc.perform(get("/servizi/servizi-educativi")).andReturn().getResponse().getContentAsString())
                .contains("Proroga dei termini: Utenti Servizi 06", text);
        assertThat(mvc.perform(get("/api/notices?form=utenti-servizi-06")).andReturn().getResponse().getContentAsString())
                .contains(text);
        String card = mvc.perform(get("/nuova-istanza/servizi-educativi").with(user(users.loadUserByUsername("federica.neri"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(card).contains("id=\"avvisi-utenti-servizi-06\"", text);
        assertThat(mvc.perform(get("/").with(user(users.loadUserByUsername("federica.neri"))))
                .andReturn().getResponse().getContentAsString()).contains(text);
    }

    @Test
    @Order(1)
    void theAdminMayEditTheNoticeBeforePublishingAndWrongValuesAreShownBesideTheFields() throws Exception {
        Map<String, String> draft = extend("2099-06-30T18:00");
        String wrong = mvc.perform(post("/admin/avvisi").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("title", "").param("text", draft.get("text")).param("from", draft.get("from"))
                        .param("to", "2000-01-01T00:00").param("scope", draft.get("scope")).param("back", MODULE))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"notice-title-error\"", "id=\"notice-to-error\"",
                "La fine della validità deve seguire l&#39;inizio");
        mvc.perform(post("/admin/avvisi").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("title", "Proroga Utenti Servizi 06").param("text", draft.get("text") + " Affrettarsi.")
                        .param("from", draft.get("from")).param("to", draft.get("to")).param("scope", draft.get("scope"))
                        .param("back", MODULE))
                .andExpect(status().isFound());
        assertThat(mvc.perform(get("/api/notices?category=servizi-educativi")).andReturn().getResponse()
                .getContentAsString()).contains("Proroga Utenti Servizi 06", "30 giugno 2099 ore 18.00. Affrettarsi.");
    }
}
