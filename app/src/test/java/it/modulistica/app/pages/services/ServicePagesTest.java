package it.modulistica.app.pages.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.security.UserDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The public pages, signed out: the services with modules and windows, the scheda of "Servizi
 * educativi" (the demo content from the 0-6 scheda), its document and Atom feed, in Italian and
 * English; admins' Markdown and notices with hostile markup printed literally; nothing else opened.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ServicePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    MockHttpServletResponse anonymous(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language)).andReturn().getResponse(); // pages follow the chosen language, not the browser
    }

    UserDetails admin() {
        return users.loadUserByUsername("admin");
    }

    @Test
    void theServicesListCategoriesWithTheirModulesAndWindowsWithoutSignIn() throws Exception {
        MockHttpServletResponse page = anonymous("/servizi", "it");
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("<h1>Servizi</h1>", "href=\"/servizi/servizi-educativi\"", "Servizi educativi",
                "Rivolto a: Enti pubblici", "Utenti Servizi 06", "Monitoraggio 2020", "Richiesta di assistenza",
                "href=\"/login\"", "Accedi")
                .doesNotContain("Esci", "href=\"/le-mie-istanze\"");
        assertThat(html).containsPattern("data-module=\"monitoraggio-2020\"><strong>Monitoraggio 2020</strong> "
                + "<span class=\"badge bg-secondary\">Chiuso</span> <span class=\"module-window\">Compilabile dal "
                + "29/08/2023 12:00 al 18/10/2023 12:00\\.</span>");
        assertThat(html).containsPattern("data-module=\"utenti-servizi-06\"><strong>Utenti Servizi 06</strong> "
                + "<span class=\"badge bg-success\">Aperto</span> <span class=\"module-window\">fino al 31/12/\\d{4} 23:59");
    }

    @Test
    void theCategoryPageCarriesTheSchedaAccessBoxesAvvisiAssistanceAndTheManual() throws Exception {
        String html = anonymous("/servizi/servizi-educativi", "it").getContentAsString();
        assertThat(html).contains("Rivolto a: Enti pubblici", "<h2>Sistema Informativo Regionale Servizi Educativi 0-6</h2>",
                "Accedi alla Registrazione degli utenti", "href=\"/nuova-istanza/servizi-educativi#module-utenti-servizi-06\"",
                "Accedi al sistema di Gestione dei Servizi 06", "Si accede con: nome utente e password, Carta Nazionale dei Servizi (CNS)",
                "Autenticazione RUPAR Livello 1 (Autenticazione minima: Login e password)",
                "Proroga del Monitoraggio 2020", "<strong>18 ottobre 2023 ore 12.00.</strong>",
                "href=\"tel:0110824108\">011 0824108</a>", "(lunedì–venerdì 08:00–18:00)",
                "href=\"mailto:monitoraggio_paz03@regione.piemonte.it\"", "011 4325303",
                "Manuale Registrazione Utenti Servizi 0-6", "href=\"/servizi/servizi-educativi/avvisi.atom\"",
                "rel=\"noopener noreferrer\" href=\"https://servizi.regione.piemonte.it/catalogo/gestione-credenziali\"");
        Matcher manual = Pattern.compile("href=\"(/servizi/servizi-educativi/documenti/\\d+)\" download=\"\">Manuale")
                .matcher(html);
        assertThat(manual.find()).isTrue();
        MockHttpServletResponse pdf = anonymous(manual.group(1), "it");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("manuale-registrazione-utenti-servizi-06.pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(anonymous("/servizi/voucher-scuola/documenti/" + manual.group(1).replaceAll(".*/", ""), "it")
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theCategoryPageSpeaksEnglishWhereTheAdminWroteIt() throws Exception {
        String html = anonymous("/servizi/servizi-educativi", "en").getContentAsString();
        assertThat(html).contains("lang=\"en\"", "For: Public bodies", "Regional information system for 0-6 education services",
                "Go to the registration of users", "Sign in with: username and password, National Services Card (CNS)",
                "Technical help with credentials and procedure", "Notices", "Assistance", "Documents");
    }

    @Test
    void anUnknownCategoryIsNotFoundAndTheRestStaysBehindSignIn() throws Exception {
        assertThat(anonymous("/servizi/caccia-e-pesca", "it").getStatus()).isEqualTo(404);
        assertThat(anonymous("/servizi/caccia-e-pesca/avvisi.atom", "it").getStatus()).isEqualTo(404);
        mvc.perform(get("/nuova-istanza/servizi-educativi")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/admin/avvisi")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/servizi/servizi-educativi")).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/notices")).andExpect(status().isUnauthorized());
    }

    @Test
    void theSignInPageLinksToThePublicPages() throws Exception {
        assertThat(anonymous("/login", "it").getContentAsString()).contains("<a href=\"/servizi\">Servizi e avvisi, senza accedere</a>");
    }

    @Test
    void theFeedIsAtomWithTheCategorysValidNotices() throws Exception {
        MockHttpServletResponse feed = anonymous("/servizi/servizi-educativi/avvisi.atom", "it");
        assertThat(feed.getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getContentAsByteArray()));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(1);
        assertThat(feed.getContentAsString()).contains("<title>Proroga del Monitoraggio 2020</title>",
                "&lt;strong&gt;18 ottobre 2023 ore 12.00.&lt;/strong&gt;", "<updated>");
    }

    @Test
    void hostileMarkupOfAdminsIsPrintedLiterally() throws Exception {
        mvc.perform(post("/admin/categorie/salute/scheda/testi").with(user(admin())).with(csrf())
                        .param("audience", "<b>Cittadini</b>")
                        .param("description", "## Salute\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                                + "[clic](javascript:alert(1)) [dati](data:text/html,<script>alert(1)</script>)"))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/avvisi").with(user(admin())).with(csrf())
                        .param("title", "<i>Avviso</i> \"ostile\"").param("text", "<script>alert(2)</script>\n\n**ok**")
                        .param("from", "2020-01-01T00:00").param("scope", "category:salute"))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/categorie/salute/scheda/accessi").with(user(admin())).with(csrf())
                        .param("label", "<script>x</script>").param("url", "javascript:alert(1)").param("signIn", "SPID"))
                .andExpect(status().isUnprocessableEntity());
        String html = mvc.perform(get("/servizi/salute")).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "javascript:", "data:text", "<b>Cittadini", "<i>Avviso")
                .contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;Cittadini&lt;/b&gt;",
                        "&lt;i&gt;Avviso&lt;/i&gt; &quot;ostile&quot;", "<strong>ok</strong>", "href=\"\">clic</a>");
        String feed = anonymous("/servizi/salute/avvisi.atom", "it").getContentAsString();
        assertThat(feed).contains("<title>&lt;i&gt;Avviso&lt;/i&gt; &quot;ostile&quot;</title>")
                .doesNotContain("<script>");
    }

    @Test
    void anAdminAddsAnExternalAccessBoxAContactAndAPdfAndRefusesWhatIsNot() throws Exception {
        mvc.perform(post("/admin/categorie/tributi-imu-tasi/scheda/accessi").with(user(admin())).with(csrf())
                        .param("label", "Calcolo IMU").param("url", "https://imu.example.org/calcolo")
                        .param("signIn", "SPID").param("signIn", "CIE"))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/categorie/tributi-imu-tasi/scheda/contatti").with(user(admin())).with(csrf())
                        .param("kind", "EMAIL").param("label", "Ufficio tributi").param("address", "non-un-indirizzo"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart("/admin/categorie/tributi-imu-tasi/scheda/documenti")
                        .file(new MockMultipartFile("file", "guida.pdf", "application/pdf", "<html>no</html>".getBytes()))
                        .param("title", "Guida").with(user(admin())).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart("/admin/categorie/tributi-imu-tasi/scheda/documenti")
                        .file(new MockMultipartFile("file", "../guida IMU.pdf", "application/pdf", "%PDF-1.4 minimal".getBytes()))
                        .param("title", "Guida IMU").with(user(admin())).with(csrf()))
                .andExpect(status().isFound());
        String html = anonymous("/servizi/tributi-imu-tasi", "it").getContentAsString();
        assertThat(html).contains("href=\"https://imu.example.org/calcolo\" rel=\"noopener noreferrer\">Calcolo IMU</a>",
                "Si accede con: SPID, Carta d&#39;Identità Elettronica (CIE)", "Servizio esterno alla piattaforma.",
                "Guida IMU</a>").doesNotContain("Ufficio tributi");
        Matcher guide = Pattern.compile("href=\"(/servizi/tributi-imu-tasi/documenti/\\d+)\"").matcher(html);
        assertThat(guide.find()).isTrue();
        assertThat(anonymous(guide.group(1), "it").getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''guida%20IMU.pdf");
    }
}
