package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: form login against the database users, session, CSRF. */
@SpringBootTest
@AutoConfigureMockMvc
class PageSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesRedirectAnonymousVisitorsToLogin() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void loginPageIsItalianAndCarriesCsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"it\">")))
                .andExpect(content().string(Matchers.containsString("Nome utente")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void loginPageOffersNeitherIdentityProviderNorCnsUnlessConfigured() throws Exception {
        // The SPID / CIE button is there, disabled, with the reason; it leads nowhere.
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("disabled=\"disabled\" aria-describedby=\"login-spid-off\">Entra con SPID / CIE</button>")))
                .andExpect(content().string(Matchers.containsString("non è ancora attivo su questa installazione")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/oauth2/authorization/"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("CNS"))));
    }

    @Test
    void loginPageSpeaksItalianWhateverTheBrowsersLanguageAndEnglishWhenChosen() throws Exception {
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(Matchers.containsString("Nome utente")));
        Cookie chosen = mvc.perform(get("/login").param("lang", "en").header(HttpHeaders.ACCEPT_LANGUAGE, "it"))
                .andExpect(content().string(Matchers.containsString("Username")))
                .andReturn().getResponse().getCookie("modulistica-lang");
        assertThat(chosen).isNotNull();
        mvc.perform(get("/login").cookie(chosen).header(HttpHeaders.ACCEPT_LANGUAGE, "it"))
                .andExpect(content().string(Matchers.containsString("Username")));
    }

    @Test
    void formLoginWithDemoUserSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user("federica.neri").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("federica.neri").withRoles("USER"));
    }

    @Test
    void formLoginWithWrongPasswordReturnsToLoginWithError() throws Exception {
        mvc.perform(formLogin("/login").user("federica.neri").password("sbagliata"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void loginFormWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "federica.neri").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void logoutReturnsToLoginPage() throws Exception {
        mvc.perform(logout())
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void signedInPrincipalCarriesFullNameAndCodiceFiscale() throws Exception {
        mvc.perform(formLogin("/login").user("mario.rossi").password("demo"))
                .andExpect(authenticated().withAuthentication(authentication -> {
                    UserAccount account = (UserAccount) authentication.getPrincipal();
                    assertThat(account.fullName()).isEqualTo("Mario Rossi");
                    assertThat(account.codiceFiscale()).contains("RSSMRA80A01H501U");
                }));
    }

    @Test
    void healthNeedsNoLogin() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk());
    }
}
