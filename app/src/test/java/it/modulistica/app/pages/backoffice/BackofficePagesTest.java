package it.modulistica.app.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.backoffice.Submissions;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The back-office pages as operators, citizens and operators of another category see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BackofficePagesTest {

    static final String LIST = "/backoffice/moduli/" + Submissions.FORM;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    org.springframework.context.MessageSource messageSource;

    Submissions submissions;

    @BeforeEach
    void setUp() {
        submissions = new Submissions(http, mapper);
        if (!users.exists("operatore.tributi")) {
            users.register(new NewUser("operatore.tributi", "Operatore Tributi", null, null,
                    List.of(RoleGrant.operator(OperatorScope.category("tributi")))), "demo");
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void showsOperatorsTheModulesTheyWorkOnWithTheirCountsPerTab() throws Exception {
        submissions.send(Submissions.ALBA, Submissions.token());

        String page = page("/backoffice", "operatore");

        assertThat(page).contains("<a href=\"/backoffice/moduli/utenti-servizi-06\">Utenti Servizi 06</a>")
                .contains("Pervenute", "In lavorazione", "In attesa di integrazione", "Concluse")
                .contains("href=\"/backoffice/moduli/utenti-servizi-06?tab=pervenute\"")
                .contains("href=\"/backoffice\" aria-current=\"page\">Back office</a>");
    }

    @Test
    void refusesCitizensAndShowsThemNoBackOfficeEntry() throws Exception {
        mvc.perform(get("/backoffice").with(as(Submissions.OWNER))).andExpect(status().isForbidden());
        mvc.perform(get(LIST).with(as(Submissions.OWNER))).andExpect(status().isForbidden());

        assertThat(page("/", Submissions.OWNER)).doesNotContain("href=\"/backoffice\"");
    }

    @Test
    void showsOperatorsOfAnotherCategoryNeitherTheModuleNorItsInstances() throws Exception {
        Submissions.Sent sent = submissions.send(Submissions.ALBA, Submissions.token());

        assertThat(page("/backoffice", "operatore.tributi")).doesNotContain("Utenti Servizi 06");
        mvc.perform(get(LIST).with(as("operatore.tributi"))).andExpect(status().isNotFound());
        mvc.perform(get(LIST + "/statistiche").with(as("operatore.tributi"))).andExpect(status().isNotFound());
        mvc.perform(get("/istanze/" + sent.id()).with(as("operatore.tributi"))).andExpect(status().isNotFound());
    }

    @Test
    void listsTheTabFilteredWithSortLinksPagingAndExportButtons() throws Exception {
        String token = Submissions.token();
        Submissions.Sent first = submissions.send(Submissions.ALBA, token);
        Submissions.Sent second = submissions.send(Submissions.BRA, token);

        String page = page(LIST + "?tab=pervenute&q=" + token + "&organisation=" + Submissions.BRA, "operatore");

        assertThat(page).contains(second.number(), "Comune di Bra", "Federica Neri", "NREFRC75C54A124J")
                .doesNotContain(first.number())
                .contains("1 istanza trovata")
                .contains("href=\"/api/backoffice/export?format=csv&amp;form=utenti-servizi-06&amp;tab=pervenute&amp;q="
                        + token + "&amp;organisation=004029&amp;sort=-sentAt\"")
                .contains("format=xlsx")
                .contains("aria-sort=\"descending\"")
                .contains("&amp;sort=number\"")
                .contains("href=\"/istanze/" + second.id() + "\"");
        assertThat(page(LIST + "?tab=pervenute&q=" + token + "&sort=number", "operatore"))
                .containsSubsequence(first.number(), second.number());
        assertThat(page(LIST + "?tab=pervenute&q=" + token + "&sort=-number", "operatore"))
                .containsSubsequence(second.number(), first.number());
    }

    @Test
    void showsAWrongFilterBesideItsField() throws Exception {
        String page = page(LIST + "?from=2025-05-02&to=2025-05-01", "operatore");

        assertThat(page).contains("id=\"to-error\"").contains("aria-invalid=\"true\" aria-describedby=\"to-error\"")
                .contains("non è valido per il parametro to");
        assertThat(page(LIST + "?from=ieri", "operatore")).contains("id=\"from-error\"")
                .contains("Il valore &#39;ieri&#39; non è valido per il parametro from; valori ammessi: una data nella "
                        + "forma aaaa-mm-gg");
    }

    @Test
    void drawsTheStatisticsAsSvgWithTheirTables() throws Exception {
        submissions.send(Submissions.ALBA, Submissions.token());

        String page = page(LIST + "/statistiche", "operatore");

        assertThat(page).contains("Istanze per stato", "Istanze inviate per giorno", "<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("INVIATA").doesNotContain("BOZZA");
    }

    @Test
    void anActionRefusedInTheCurrentStateNamesActionAndStateByTheirLabels() throws Exception {
        Submissions.Sent sent = submissions.send(Submissions.ALBA, Submissions.token());

        String italian = mvc.perform(post("/istanze/" + sent.id() + "/azioni/accogli").with(as("operatore")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(italian).contains("L&#39;azione «Accogli» non è consentita nello stato «INVIATA».");

        String english = mvc.perform(post("/istanze/" + sent.id() + "/azioni/accogli").param("lang", "en")
                        .with(as("operatore")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("The action &quot;Accept&quot; is not permitted in state &quot;SENT&quot;.");
        assertThat(messageSource).as("pages and problems format with ICU")
                .isInstanceOf(it.modulistica.app.messages.IcuMessageSource.class);
    }

    @Test
    void theOperatorsInstancePageShowsTheDataTheActionsAndResendsTheReceipt() throws Exception {
        Submissions.Sent sent = submissions.send(Submissions.ALBA, Submissions.token());

        String page = page("/istanze/" + sent.id(), "operatore");

        assertThat(page).contains("Dati dell&#39;istanza", "Storico lavorazione", "Invio della ricevuta")
                .contains("href=\"/istanze/" + sent.id() + "/azioni/prendi-in-carico\"")
                .contains("action=\"/istanze/" + sent.id() + "/ricevuta/reinvia\"", "Reinvia ricevuta")
                .contains("href=\"/backoffice\" aria-current=\"page\"");
        mvc.perform(post("/istanze/" + sent.id() + "/ricevuta/reinvia").with(as("operatore")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/istanze/" + sent.id() + "/ricevuta/reinvia").with(as("operatore")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/istanze/" + sent.id() + "?reinviate=*"));
        assertThat(page("/istanze/" + sent.id() + "?reinviate=1", "operatore")).contains("rimessa in coda");
        // The owner sees the page without the operator's tools.
        assertThat(page("/istanze/" + sent.id(), Submissions.OWNER)).doesNotContain("Reinvia ricevuta");
    }
}
