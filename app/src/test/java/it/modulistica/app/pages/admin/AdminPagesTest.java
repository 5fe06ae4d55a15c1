package it.modulistica.app.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administration pages: only admins open them; each change goes through the same services as
 * the API (audited), wrong fields come back beside the field in Italian, and the citizen catalogue
 * follows publication and categories at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class AdminPagesTest {

    private static final String MODULE = "utenti-servizi-06";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().replace("&#39;", "'");
    }

    private String send(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return mvc.perform(request.with(as("admin")).with(csrf())).andExpect(expected).andReturn().getResponse()
                .getContentAsString().replace("&#39;", "'");
    }

    @AfterEach
    void publishAgain() throws Exception {
        send(post("/admin/moduli/" + MODULE + "/pubblicazione").param("status", "PUBLISHED"),
                status().is3xxRedirection());
    }

    @Test
    void theAdminHomeLinksEverySectionIncludingMailboxAndAuditLog() throws Exception {
        String home = page("/admin", "admin");

        assertThat(home).contains("href=\"/admin/categorie\"", "href=\"/admin/moduli\"", "href=\"/admin/problemi\"",
                "href=\"/admin/utenti\"", "href=\"/admin/enti\"", "href=\"/admin/audit\"", "href=\"/admin/mail\"",
                ">Amministrazione</a>");
        assertThat(page("/", "admin")).contains("href=\"/admin\"");
        assertThat(page("/", "operatore")).doesNotContain("href=\"/admin\"");
    }

    @Test
    void onlyAdminsOpenTheAdministrationPages() throws Exception {
        for (String path : new String[] {"/admin", "/admin/categorie", "/admin/moduli/" + MODULE, "/admin/utenti",
            "/admin/enti", "/admin/audit", "/admin/problemi"}) {
            mvc.perform(get(path).with(as("operatore"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aCategoryCreatedAndAssignedShowsInTheCitizensCatalogueWithItsIconAndColour() throws Exception {
        send(post("/admin/categorie").param("code", "scuola-digitale").param("name", "Scuola digitale")
                .param("icon", "it-pa").param("colour", "success"), redirectedUrl("/admin/categorie"));
        send(post("/admin/categorie/moduli/" + MODULE).param("category", "scuola-digitale"),
                redirectedUrl("/admin/categorie"));

        String catalogue = page("/nuova-istanza", "federica.neri");
        assertThat(catalogue).contains("href=\"/nuova-istanza/scuola-digitale\">Scuola digitale</a>",
                "sprites.svg#it-pa", "border-success");
        assertThat(page("/nuova-istanza/servizi-educativi", "federica.neri")).doesNotContain("module-" + MODULE);
        assertThat(page("/nuova-istanza/scuola-digitale", "federica.neri")).contains("Compila");

        send(post("/admin/categorie/moduli/" + MODULE).param("category", "servizi-educativi"),
                redirectedUrl("/admin/categorie"));
    }

    @Test
    void wrongCategoryFieldsAreShownBesideEachField() throws Exception {
        String page = send(post("/admin/categorie").param("code", "Non Valido").param("name", "")
                .param("icon", "it-unicorno").param("colour", "primary"), status().isUnprocessableEntity());

        assertThat(page).contains("id=\"new-code-error\"", "Il codice contiene solo lettere minuscole",
                "id=\"new-name-error\"", "Campo obbligatorio", "Scegliere una delle icone proposte",
                "value=\"Non Valido\"", "aria-invalid=\"true\"");
    }

    /** The part of a category page about one module: from its card to the next one. */
    private static String moduleCard(String categoryPage, String code) {
        int start = categoryPage.indexOf("aria-labelledby=\"module-" + code + "\"");
        assertThat(start).as("card of " + code).isNotNegative();
        int next = categoryPage.indexOf("<section class=\"card-wrapper", start);
        return categoryPage.substring(start, next < 0 ? categoryPage.length() : next);
    }

    @Test
    void aSuspendedModuleShowsWhyToCitizensAndRefusesToStart() throws Exception {
        String refused = send(post("/admin/moduli/" + MODULE + "/pubblicazione").param("status", "SUSPENDED"),
                status().isUnprocessableEntity());
        assertThat(refused).contains("id=\"publication-reason-error\"");
        send(post("/admin/moduli/" + MODULE + "/pubblicazione").param("status", "SUSPENDED")
                .param("reason", "Nuovo bando in preparazione"), redirectedUrl("/admin/moduli/" + MODULE));

        String category = page("/nuova-istanza/servizi-educativi", "federica.neri");
        String card = moduleCard(category, MODULE);
        assertThat(card).contains("Modulo sospeso:", "Nuovo bando in preparazione");
        assertThat(card).doesNotContain(">Compila</button>");
        String start = mvc.perform(post("/istanze").with(as("federica.neri")).with(csrf()).param("form", MODULE)
                        .param("organisation", "004003"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("Il modulo è sospeso e non può essere compilato né inviato: Nuovo bando in preparazione");

        String module = page("/admin/moduli/" + MODULE, "admin");
        assertThat(module).contains("data-testid=\"publication-history\"", "Sospeso", "Nuovo bando in preparazione",
                "<td>admin</td>");
    }

    @Test
    void aDraftOfASuspendedModuleIsNotSavedAndThePageSaysWhy() throws Exception {
        String location = mvc.perform(post("/istanze").with(as("federica.neri")).with(csrf()).param("form", MODULE)
                        .param("organisation", "004003"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.replaceAll("^/istanze/([^/]+)/.*$", "$1");
        send(post("/admin/moduli/" + MODULE + "/pubblicazione").param("status", "SUSPENDED")
                .param("reason", "Verifica dei requisiti"), redirectedUrl("/admin/moduli/" + MODULE));

        String refused = mvc.perform(post("/istanze/" + id + "/passo/2").with(as("federica.neri")).with(csrf())
                        .param("_move", "draft").param("/comune/cap", "12051"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Il modulo è sospeso e non può essere compilato né inviato: Verifica dei requisiti");
        assertThat(jdbc.sql("SELECT data FROM instance WHERE id = ?").param(java.util.UUID.fromString(id))
                .query(String.class).single()).doesNotContain("12051");
    }

    @Test
    void theModulePageShowsWindowChangesAndTheWorkflowDrawnAndAsMermaid() throws Exception {
        send(post("/admin/moduli/" + MODULE + "/proroghe").param("closes", "2031-01-31T12:00")
                .param("reason", "Proroga regionale"), redirectedUrl("/admin/moduli/" + MODULE));
        send(post("/admin/moduli/" + MODULE + "/sblocchi").param("organisation", "004029")
                .param("reason", "Guasto della rete"), redirectedUrl("/admin/moduli/" + MODULE));
        String wrong = send(post("/admin/moduli/" + MODULE + "/proroghe").param("closes", "domani")
                .param("reason", ""), status().isUnprocessableEntity());
        assertThat(wrong).contains("id=\"extension-closes-error\"", "Data e ora non valide");
        String noReason = send(post("/admin/moduli/" + MODULE + "/proroghe").param("closes", "2031-01-31T12:00")
                .param("reason", " "), status().isUnprocessableEntity());
        assertThat(noReason).contains("id=\"extension-reason-error\"", "value=\"2031-01-31T12:00\"");

        String module = page("/admin/moduli/" + MODULE, "admin");

        assertThat(module).contains("31/01/2031 12:00", "Proroga regionale", "Guasto della rete", "004029",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-picture\"", "data-state=\"BOZZA\"",
                "stateDiagram-v2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'ADMIN_CHANGE' AND target = ?")
                .param("form:" + MODULE).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void usersAreCreatedWithMessagesBesideWrongFieldsThenGivenRolesAndMemberships() throws Exception {
        String wrong = send(post("/admin/utenti").param("username", "Paolo Blu").param("fullName", "Paolo Blu")
                .param("codiceFiscale", "XXXXXX00X00X000X").param("password", "corta"),
                status().isUnprocessableEntity());
        assertThat(wrong).contains("id=\"new-username-error\"", "id=\"new-codiceFiscale-error\"",
                "Codice fiscale non valido", "La password deve avere almeno 10 caratteri");

        send(post("/admin/utenti").param("username", "paolo.blu").param("fullName", "Paolo Blu")
                .param("password", "una-password-lunga"), redirectedUrl("/admin/utenti/paolo.blu"));
        send(post("/admin/utenti/paolo.blu/ruoli").param("role", "OPERATOR").param("scopeType", "MODULE")
                .param("scopeValue", MODULE), redirectedUrl("/admin/utenti/paolo.blu"));
        send(post("/admin/utenti/paolo.blu/appartenenze").param("organisation", "004003").param("role", "FUNZIONARIO"),
                redirectedUrl("/admin/utenti/paolo.blu"));

        String user = page("/admin/utenti/paolo.blu", "admin");
        assertThat(user).contains("Operatore · Modulo <code>" + MODULE + "</code>", "Comune di Alba (004003) · Funzionario");
        assertThat(page("/admin/utenti?q=blu", "admin")).contains("href=\"/admin/utenti/paolo.blu\"");

        String self = send(post("/admin/utenti/admin/abilitazione").param("enabled", "false"), status().isConflict());
        assertThat(self).contains("Non è possibile disabilitare il proprio utente");
    }

    @Test
    void organisationsAreCheckedAndEdited() throws Exception {
        String wrong = send(post("/admin/enti").param("code", "12").param("kind", "COMUNE").param("name", "Comune di Dronero")
                .param("codiceFiscale", "12345678901").param("pec", "pec"), status().isUnprocessableEntity());
        assertThat(wrong).contains("Il codice di un comune è il suo codice ISTAT di 6 cifre",
                "Codice fiscale dell'ente non valido", "Indirizzo PEC non valido");

        send(post("/admin/enti").param("code", "004082").param("kind", "COMUNE").param("name", "Comune di Dronero"),
                redirectedUrl("/admin/enti"));
        send(post("/admin/enti/004082").param("kind", "COMUNE").param("name", "Comune di Dronero (CN)")
                .param("pec", "protocollo.dronero@pec.example.org"), redirectedUrl("/admin/enti/004082"));
        assertThat(page("/admin/enti", "admin")).contains("Comune di Dronero (CN)", "protocollo.dronero@pec.example.org");
    }

    @Test
    void theAuditLogPageFiltersByTypeAndSaysWhenAFilterDoesNotRead() throws Exception {
        send(post("/admin/categorie/salute").param("name", "Salute e sanità").param("icon", "it-folder")
                .param("colour", "danger"), redirectedUrl("/admin/categorie"));

        String audit = page("/admin/audit?type=CATEGORY_CHANGE&user=admin", "admin");
        assertThat(audit).contains("category:salute", "Salute e sanità").doesNotContain("SIGN_IN</td>");
        assertThat(page("/admin/audit?from=ieri", "admin")).contains("id=\"from-error\"", "Data non valida");
    }

    @Test
    void theProblemsPageListsTheEnginesProblems() throws Exception {
        assertThat(page("/admin/problemi", "admin")).containsAnyOf("data-testid=\"no-problems\"",
                "data-testid=\"problems\"");
    }
}
