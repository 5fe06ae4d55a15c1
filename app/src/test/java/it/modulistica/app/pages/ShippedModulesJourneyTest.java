package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each shipped module besides Utenti Servizi 06, compiled in a real Chromium with the minimum of
 * data up to "L'istanza è stata inviata correttamente".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShippedModulesJourneyTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WizardDriver user;

    @BeforeEach
    void startBrowser() throws Exception {
        Browser.requireEnabled();
        browser = Browser.start(true);
        user = new WizardDriver(browser, port);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOfficialOfAlbaSendsMonitoraggio2020WithoutServicesCeasedNorInterventions() {
        user.signIn("giuseppe.verdi");
        user.start("Servizi educativi", "monitoraggio-2020", "004003");

        assertThat(user.field("/comune/compilatore/cognome").getAttribute("value")).isEqualTo("Verdi");
        user.choose("/comune/provincia", "CN");
        user.choose("/comune/comune", "004003");
        user.type(Map.of("/comune/referente/email", "servizi.educativi@example.org",
                "/comune/referente/telefono", "0173292111"));
        user.press("Successivo");

        assertThat(user.currentStep()).contains("Dichiarazione preliminare");
        user.tick("/dichiarazionePreliminare/serviziCessatiOSospesi", "true");
        assertThat(browser.findElement(By.cssSelector("fieldset.repeatable-group[data-pointer='/dichiarazionePreliminare/servizi']"))
                .isDisplayed()).as("the list of ceased services shows after Sì").isTrue();
        user.tick("/dichiarazionePreliminare/serviziCessatiOSospesi", "false");
        user.press("Successivo");

        user.type(Map.of("/risorse/assegnate", "48250", "/risorse/impegnate", "45100", "/risorse/cofinanziamento", "5000"));
        user.tick("/risorse/interventiEffettuati", "false");
        user.press("Salva in bozza");
        assertThat(user.field("/risorse/totale").getAttribute("value")).isEqualTo("50100");
        assertThat(user.field("/risorse/totale").getAttribute("readonly")).isNotNull();
        user.press("Successivo");

        user.tick("/interventi/dichiarazione", null);
        user.press("Salva e prosegui");
        user.press("Conferma");
        user.act("Invia");

        assertThat(user.heading()).isEqualTo(WizardDriver.SENT);
        assertThat(user.text("[data-testid=instance-number]")).matches("MONIT_2020_\\d{4}\\.\\d{7}");
        assertThat(user.text("[data-testid=due-dates]"))
                .matches("Verifica dei dati da parte della Regione Piemonte: dal \\d{2}/\\d{2}/\\d{4} \\(20° giorno lavorativo dall'invio\\)");
    }

    @Test
    void theMayorOfAlbaAsksToDisableAnOfficial() {
        user.signIn("federica.neri");
        user.start("Servizi educativi", "disabilitazione-utenti", "004003");

        user.choose("/comune/provincia", "CN");
        user.choose("/comune/comune", "004003");
        user.type(Map.of("/comune/email", "segreteria@example.org"));
        user.press("Successivo");

        user.type(Map.of("/utenti/0/nome", "Laura", "/utenti/0/cognome", "Gallo", "/utenti/0/codiceFiscale",
                "GLLLRA82D45A124B"));
        user.tick("/utenti/0/motivo", "trasferimento");
        user.press("Invia");
        user.press("Conferma");

        assertThat(user.heading()).isEqualTo(WizardDriver.SENT);
        assertThat(user.text("[data-testid=instance-number]")).matches("SERV06_DISAB_\\d{4}\\.\\d{7}");
    }
}
