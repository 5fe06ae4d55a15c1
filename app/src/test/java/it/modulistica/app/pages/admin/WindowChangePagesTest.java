package it.modulistica.app.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.instances.InstanceFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The admin module page refuses a "proroga" that closes backwards and an unlock that ends in the past, beside the field. */
@SpringBootTest
@AutoConfigureMockMvc
class WindowChangePagesTest {

    private static final String MODULE = "/admin/moduli/utenti-servizi-06";

    @Autowired
    MockMvc mvc;

    @Test
    void refusesAnExtensionThatClosesBeforeTheWindowItExtends() throws Exception {
        String page = mvc.perform(post(MODULE + "/proroghe").param("closes", "2020-01-01T00:00")
                        .param("reason", "Proroga sbagliata").cookie(InstanceFixtures.session(mvc, "admin")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"extension-closes-error\"",
                "La proroga deve chiudere dopo la chiusura attuale del modulo", "value=\"2020-01-01T00:00\"");
    }

    @Test
    void refusesAnUnlockThatEndsInThePast() throws Exception {
        String page = mvc.perform(post(MODULE + "/sblocchi").param("organisation", "004029")
                        .param("until", "2020-01-01T00:00").param("reason", "Guasto della rete")
                        .cookie(InstanceFixtures.session(mvc, "admin")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"unlock-until-error\"", "La data e l&#39;ora devono essere future");
    }
}
