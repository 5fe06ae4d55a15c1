package it.modulistica.app.pages.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.instances.InstanceFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The officials of an organisation find the instances others started for it in the tab "Dell'ente". */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationTabTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    private String page(Cookie session, String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anOfficialOfAlbaFindsTheMayorsInstanceUnderDellEnteReadOnly() throws Exception {
        String id = InstanceFixtures.sentForAlba(mvc, mapper);
        Cookie official = InstanceFixtures.session(mvc, "giuseppe.verdi");

        assertThat(page(official, "/le-mie-istanze")).contains("href=\"/le-mie-istanze?tab=dell-ente\"")
                .doesNotContain("/istanze/" + id);
        String tab = page(official, "/le-mie-istanze?tab=dell-ente");
        assertThat(tab).contains("href=\"/istanze/" + id + "\"").doesNotContain("/istanze/" + id + "/riprendi");
        // The owner finds it among her own, not under "Dell'ente".
        Cookie owner = InstanceFixtures.session(mvc, InstanceFixtures.ALBA_OWNER);
        assertThat(page(owner, "/le-mie-istanze?tab=dell-ente")).doesNotContain("/istanze/" + id);
    }

    @Test
    void aUserOfNoOrganisationHasNoDellEnteTab() throws Exception {
        Cookie citizen = InstanceFixtures.session(mvc, "mario.rossi");

        assertThat(page(citizen, "/le-mie-istanze")).doesNotContain("tab=dell-ente");
    }
}
