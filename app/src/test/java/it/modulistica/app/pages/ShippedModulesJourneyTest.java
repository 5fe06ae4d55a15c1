package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each shipped module besides Utenti Servizi 06, compiled in a real Chromium with the minimum of
 * data up to "L'istanza è stata inviata correttamente"; the citizen modules upload a small PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShippedModulesJourneyTest {

    @LocalServerPort
    int port;

    @TempDir
    Path uploads;

    ChromeDriver browser;
    WizardDriver user;

    private Path pdf(String name) throws IOException {
        return Files.write(uploads.resolve(name), ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    private void upload(String name, Path file) {
        browser.findElement(By.cssSelector("input[type=file][name='" + name + "']")).sendKeys(file.toString());
    }

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

        assertThat(user.locked("/comune/compilatore/cognome")).as("prefilled from the profile, shown as text").isEqualTo("Verdi");
        assertThat(Browser.now(browser, By.cssSelector("[name='/comune/compilatore/cognome']"))).isEmpty();
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
    void theCanteenAsksForTheIseeCertificateOnlyWithAReductionAndAnIseeBelow30000() {
        user.signIn("mario.rossi");
        user.start("Servizi educativi", "iscrizione-mensa-scolastica", null);
        user.open(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replace("/passo/1", "/passo/3"));
        By certificate = By.id("f_tariffa_attestazioneIsee-field");
        assertThat(browser.findElement(certificate).isDisplayed()).isFalse();

        user.tick("/tariffa/riduzione", "true");
        user.type(Map.of("/tariffa/valoreIsee", "20000"));
        assertThat(browser.findElement(certificate).isDisplayed()).as("reduction and ISEE 20,000").isTrue();

        browser.findElement(By.name("/tariffa/valoreIsee")).clear();
        user.type(Map.of("/tariffa/valoreIsee", "35000"));
        assertThat(browser.findElement(certificate).isDisplayed()).as("ISEE 35,000").isFalse();

        user.tick("/tariffa/riduzione", "false");
        assertThat(browser.findElement(By.name("/tariffa/valoreIsee")).isDisplayed()).isFalse();
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

    @Test
    void marioRossiAsksForTheSchoolVoucherWithTheIseeCertificate() throws Exception {
        Path isee = pdf("attestazione isee.pdf");
        user.signIn("mario.rossi");
        user.start("Voucher scuola", "voucher-scuola", null);

        assertThat(user.locked("/richiedente/codiceFiscale")).isEqualTo("RSSMRA80A01H501U");
        user.type(Map.of("/richiedente/nome", "Mario", "/richiedente/cognome", "Rossi",
                "/richiedente/indirizzo", "Via Garibaldi, 25", "/richiedente/email", "mario.rossi@example.org"));
        user.choose("/richiedente/provincia", "TO");
        user.choose("/richiedente/comune", "001272");
        user.press("Successivo");

        user.type(Map.of("/figli/0/nome", "Luca", "/figli/0/cognome", "Rossi", "/figli/0/codiceFiscale", "RSSLCU15M10L219H",
                "/figli/0/scuola", "Istituto comprensivo Torino II", "/figli/0/classe", "2"));
        user.date("/figli/0/dataNascita", LocalDate.of(2015, 8, 10));
        user.choose("/figli/0/ordine", "secondaria-primo-grado");
        user.press("Successivo");

        user.type(Map.of("/isee/valore", "18450", "/isee/protocollo", "INPS-ISEE-2025-00123456A-00"));
        user.date("/isee/dataAttestazione", LocalDate.of(2025, 1, 10));
        upload("/isee/attestazione", isee);
        user.press("Successivo");

        user.type(Map.of("/pagamento/iban", "IT60X0542811101000000123456", "/pagamento/intestatario", "Mario Rossi"));
        user.press("Successivo");

        user.tick("/dichiarazioni/veridicita", null);
        user.tick("/dichiarazioni/privacy", null);
        user.press("Salva e prosegui");
        user.press("Conferma");
        user.act("Invia");

        assertThat(user.heading()).isEqualTo(WizardDriver.SENT);
        assertThat(user.text("[data-testid=instance-number]")).matches("VOUCHER_\\d{4}\\.\\d{6}");
        assertThat(user.text("[data-testid=due-dates]")).startsWith("Esito dell'istruttoria della domanda: dal ");
        browser.get(browser.getCurrentUrl().replace("/inviata", ""));
        assertThat(user.text("[data-testid=attachments]")).contains("attestazione isee.pdf", "Attestazione ISEE");
    }

    @Test
    void marioRossiCommunicatesFreeBuildingWorksNotStartingBeforeToday() throws Exception {
        Path drawing = pdf("planimetria.pdf");
        user.signIn("mario.rossi");
        user.start("Edilizia ed urbanistica", "edilizia-libera", null);

        user.type(Map.of("/dichiarante/nome", "Mario", "/dichiarante/cognome", "Rossi",
                "/dichiarante/email", "mario.rossi@example.org"));
        user.tick("/dichiarante/titolo", "proprietario");
        user.press("Successivo");

        user.choose("/immobile/provincia", "CN");
        user.choose("/immobile/comune", "004003");
        user.type(Map.of("/immobile/indirizzo", "Via Vittorio Emanuele, 5"));
        user.press("Successivo");

        user.choose("/lavori/tipologia", "manutenzione-ordinaria");
        user.type(Map.of("/lavori/descrizione", "Rifacimento degli intonaci della facciata."));
        user.date("/lavori/dataInizio", LocalDate.of(2020, 1, 1));
        user.press("Successivo");
        assertThat(user.text("#f_lavori_dataInizio-error")).startsWith("La data non può essere precedente al ");
        // A week from today, set as the date picker would.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", user.field("/lavori/dataInizio"),
                LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(7).toString());
        user.press("Successivo");
        assertThat(user.currentStep()).contains("Elaborati e dichiarazioni");

        upload("/elaborati/tavole", drawing);
        user.tick("/elaborati/conformita", null);
        user.press("Invia");
        user.press("Conferma");

        assertThat(user.heading()).isEqualTo(WizardDriver.SENT);
        assertThat(user.text("[data-testid=instance-number]")).matches("EDIL_LIBERA_\\d{4}\\.\\d{6}");
    }
}
