package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Utenti Servizi 06 journey on a phone 390 px wide: every page fits the screen (no sideways
 * scrolling), is axe-clean and logs no console error; rows are added and removed in the page, an
 * extra empty row does not stop "Salva e prosegui", the error summary names the row and a corrected
 * field loses its error; DA INVIARE warns that nothing was sent. With scripts off, no label covers
 * its field's value and the dependent list says how to refresh it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneJourneyTest {

    /** The rectangles of every field and its label that overlap, as "label text / field name". */
    private static final String OVERLAPS = """
            const out = [];
            document.querySelectorAll('.form-group label[for]').forEach(label => {
              const field = document.getElementById(label.htmlFor);
              if (!field || field.type === 'hidden' || label.offsetParent === null) return;
              const a = label.getBoundingClientRect(), b = field.getBoundingClientRect();
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
                out.push(label.textContent.trim() + ' / ' + field.name);
              }
            });
            return out;""";

    /** Step 2 as the mayor of Alba types it. */
    private static final Map<String, String> COMUNE = Map.of(
            "/comune/cap", "12051", "/comune/indirizzo", "Piazza Risorgimento, 1",
            "/comune/codiceFiscale", "00296180045", "/comune/pec", "protocollo.alba@pec.example.org",
            "/comune/rup/nominativo", "Marco Bianchi", "/comune/rup/email", "m.bianchi@example.org",
            "/comune/rup/telefono", "0173123456");

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WizardDriver user;

    @BeforeEach
    void requireBrowser() {
        Browser.requireEnabled();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void federicaNeriSendsUtentiServizi06FromAPhone() throws IOException {
        browser = Browser.startPhone(true);
        user = new WizardDriver(browser, port);

        user.open("/login");
        WebElement spid = browser.findElement(By.cssSelector("button.identity-provider"));
        assertThat(spid.isEnabled()).isFalse();
        assertThat(browser.findElement(By.id(spid.getAttribute("aria-describedby"))).getText()).contains("SPID");
        assertThat(browser.findElement(By.linkText("Dichiarazione di accessibilità")).getAttribute("href"))
                .isEqualTo("https://form.agid.gov.it/");
        assertThat(browser.findElement(By.linkText("Informativa privacy")).isDisplayed()).isTrue();
        checked("login");
        user.signIn("federica.neri");
        checked("bacheca");

        // The sections hide behind Bootstrap Italia's menu button.
        WebElement newInstance = browser.findElement(By.cssSelector("#nav-sections a[href='/nuova-istanza']"));
        assertThat(newInstance.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".custom-navbar-toggler")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(newInstance)).click();
        assertThat(user.heading()).isEqualTo("Nuova istanza");
        checked("nuova-istanza");
        browser.findElement(By.linkText("Servizi educativi")).sendKeys(Keys.ENTER);
        checked("categoria");
        user.start("Servizi educativi", "utenti-servizi-06", "004003");

        user.press("Successivo");
        checked("passo-1-errori");
        user.tick("/privacy/presaVisione", null);
        user.press("Successivo");

        assertThat(user.currentStep()).startsWith("Passo 2 di 3");
        // The ente's data comes from the organisation chosen on the catalogue card.
        assertThat(new Select(user.field("/comune/comune")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("004003");
        assertThat(user.field("/comune/pec").getAttribute("value")).isEqualTo("protocollo.alba@pec.example.org");
        user.type(COMUNE);
        user.choose("/comune/provincia", "CN");
        user.choose("/comune/comune", "004003");
        // Scripts refresh the comuni themselves: the button for pages without scripts is not shown.
        assertThat(browser.findElement(By.cssSelector(".dependent-refresh")).isDisplayed()).isFalse();
        checked("passo-2");
        user.press("Successivo");

        assertThat(user.currentStep()).startsWith("Passo 3 di 3");
        official(0, List.of("Laura", "Gallo", "GLLLRA82D45A124B", "l.gallo@example.org", "0173123457"));
        String step = browser.getCurrentUrl();
        WebElement add = user.button("Aggiungi utente");
        add.sendKeys(Keys.ENTER);
        add.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).as("rows are added in the page").isEqualTo(step);
        assertThat(rows()).containsExactly("/utenti/0", "/utenti/1", "/utenti/2");
        user.field("/utenti/2/nome").sendKeys("Giuseppe");
        // The X of the second row takes it out; the third becomes the second.
        row("/utenti/1").findElement(By.cssSelector("button.row-remove")).sendKeys(Keys.ENTER);
        assertThat(rows()).containsExactly("/utenti/0", "/utenti/1");
        assertThat(row("/utenti/1").findElement(By.tagName("legend")).getText()).endsWith("2");
        assertThat(user.field("/utenti/1/nome").getAttribute("value")).isEqualTo("Giuseppe");
        official(1, List.of("Giuseppe", "Verdi", "VRDGPP13R10B293X", "g.verdi@example.org", "3331234567"));
        add.sendKeys(Keys.ENTER);
        checked("passo-3");
        user.press("Salva e prosegui");

        // The wrong codice fiscale is refused and the summary names the row; the empty extra row is gone.
        assertThat(browser.findElement(By.id("wizard-errors")).getText())
                .contains("Dati anagrafici utente 2 – Codice Fiscale");
        assertThat(rows()).containsExactly("/utenti/0", "/utenti/1");
        checked("passo-3-errori");
        WebElement codiceFiscale = user.field("/utenti/1/codiceFiscale");
        assertThat(codiceFiscale.getAttribute("class")).contains("is-invalid");
        codiceFiscale.clear();
        codiceFiscale.sendKeys("VRDGPP13R10B293P");
        assertThat(codiceFiscale.getAttribute("class")).doesNotContain("is-invalid");
        assertThat(Browser.now(browser, By.id(codiceFiscale.getAttribute("id") + "-error"))).isEmpty();
        user.button("Aggiungi utente").sendKeys(Keys.ENTER);
        user.press("Salva e prosegui");
        checked("conferma");
        user.press("Conferma");

        assertThat(user.text("[data-testid=instance-state]")).isEqualTo("DA INVIARE");
        assertThat(user.text("[data-testid=unsent-warning]")).contains("non è ancora stata inviata", "«Invia»");
        assertThat(browser.findElement(By.linkText("Invia")).getAttribute("class")).contains("btn-primary");
        assertThat(browser.findElement(By.linkText("Riporta in bozza")).getAttribute("class"))
                .contains("btn-outline-primary");
        checked("da-inviare");
        user.act("Invia");
        assertThat(user.heading()).isEqualTo(WizardDriver.SENT);
        checked("inviata");

        user.open("/le-mie-istanze?tab=inviate");
        // The table is one card per instance: state and operations are on the screen, no sideways scroll.
        assertThat(browser.findElement(By.cssSelector(".instances-table td[data-label='Stato attuale']")).getText())
                .contains("INVIATA");
        assertThat(browser.findElement(By.partialLinkText("Dettaglio")).isDisplayed()).isTrue();
        checked("le-mie-istanze");
        browser.findElement(By.partialLinkText("Dettaglio")).sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("[data-testid=instance-state]"));
        assertThat(Browser.now(browser, By.cssSelector("[data-testid=unsent-warning]"))).isEmpty();
        checked("dettaglio");
    }

    @Test
    void withScriptsOffLabelsStayOffTheValuesAndTheComuniAreRefreshedByAButton() throws IOException {
        browser = Browser.startPhone(false);
        user = new WizardDriver(browser, port);
        user.signIn("federica.neri");
        fits("bacheca");
        // Without scripts the sections are a plain list under the header.
        browser.findElement(By.cssSelector("#nav-sections a[href='/nuova-istanza']")).sendKeys(Keys.ENTER);
        fits("nuova-istanza");
        user.start("Servizi educativi", "utenti-servizi-06", "004003");
        user.tick("/privacy/presaVisione", null);
        user.press("Successivo");

        user.type(COMUNE);
        // Another provincia: the comuni stay Cuneo's until the button asks the server for Torino's.
        new Select(user.field("/comune/provincia")).selectByValue("TO");
        assertThat(user.text(".dependent-refresh")).contains("Aggiorna elenco");
        user.press("Aggiorna elenco");
        assertThat(browser.findElements(By.cssSelector("select[name='/comune/comune'] option[value='001272']"))).hasSize(1);
        assertThat(Browser.now(browser, By.cssSelector("select[name='/comune/comune'] option[value='004003']"))).isEmpty();
        // The values came back from the server: each label above its field, none over a value.
        assertThat(user.locked("/comune/sindaco/nome")).isEqualTo("Federica"); // prefilled from the profile: read-only text
        assertThat(overlaps()).isEmpty();
        new Select(user.field("/comune/provincia")).selectByValue("CN");
        user.press("Aggiorna elenco");
        new Select(user.field("/comune/comune")).selectByValue("004003");
        fits("passo-2");
        user.press("Successivo");

        official(0, List.of("Laura", "Gallo", "GLLLRA82D45A124B", "l.gallo@example.org", "0173123457"));
        user.press("Aggiungi utente");
        assertThat(rows()).containsExactly("/utenti/0", "/utenti/1");
        assertThat(overlaps()).isEmpty();
        fits("passo-3");
        WebElement remove = row("/utenti/1").findElement(By.cssSelector("button.row-remove"));
        remove.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(remove));
        assertThat(rows()).containsExactly("/utenti/0");
        user.press("Salva e prosegui");
        assertThat(browser.getCurrentUrl()).contains("/azioni/");
        fits("conferma");
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("fieldset.repeatable-row")).stream()
                .map(row -> row.getAttribute("data-pointer")).toList();
    }

    private WebElement row(String pointer) {
        return browser.findElement(By.cssSelector("fieldset.repeatable-row[data-pointer='" + pointer + "']"));
    }

    private void official(int row, List<String> values) {
        List<String> names = List.of("nome", "cognome", "codiceFiscale", "email", "telefono");
        for (int i = 0; i < names.size(); i++) {
            WebElement input = user.field("/utenti/" + row + "/" + names.get(i));
            input.clear();
            input.sendKeys(values.get(i));
        }
        user.field("/utenti/" + row + "/dataNascita").sendKeys("05041982");
    }

    @SuppressWarnings("unchecked")
    private List<String> overlaps() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(OVERLAPS);
    }

    /** The page is no wider than the phone: nothing scrolls sideways. */
    private void fits(String page) {
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(widths).as("page width and screen width of %s", page)
                .isEqualTo(List.of((long) Browser.PHONE_WIDTH, (long) Browser.PHONE_WIDTH));
    }

    /** Fits the screen, is axe-clean, logged no console error; saved as docs/images/phone-{page}.png. */
    private void checked(String page) throws IOException {
        fits(page);
        Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, page);
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("console errors on %s", page).isEmpty();
        Path screenshots = CompilerJourneyTest.SCREENSHOTS;
        Files.createDirectories(screenshots);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("phone-" + page + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
