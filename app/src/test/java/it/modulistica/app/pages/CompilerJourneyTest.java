package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Utenti Servizi 06 journey of the manual in a real Chromium, as federica.neri: from the login
 * to INVIATA with two officials, through a refused "Successivo", a draft resumed from "Le mie
 * istanze", "Riporta in bozza", "Invia" and the PDF; with scripts on and off, axe-core on every page.
 */
// The mail worker runs on its schedule, as in production, so the pages show the receipt delivered.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "modulistica.mail.worker-enabled=true")
class CompilerJourneyTest {

    /**
     * Where screenshots go: {@code target/screenshots} by default, so a test run changes no tracked
     * file; {@code -Dmodulistica.screenshots=../docs/images} refreshes the README's pictures.
     */
    static final Path SCREENSHOTS = Path.of(System.getProperty("modulistica.screenshots", "target/screenshots"));

    @LocalServerPort
    int port;

    ChromeDriver browser;

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
    void federicaNeriSendsUtentiServizi06WithTwoOfficials() throws Exception {
        browser = Browser.start(true);
        journey(true);
    }

    @Test
    void theSameJourneyWorksWithJavaScriptOff() throws Exception {
        browser = Browser.start(false);
        journey(false);
    }

    private void journey(boolean javascript) throws Exception {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("federica.neri");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(text("[data-testid=user-name]")).isEqualTo("Federica Neri");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bacheca");
        checked("bacheca", javascript);

        browser.findElement(By.linkText("Nuova istanza")).click();
        checked("nuova-istanza", javascript);
        browser.findElement(By.linkText("Servizi educativi")).click();
        assertThat(browser.getPageSource()).contains("compilabile fino al");
        checked("categoria", javascript);
        // The mayor acts for Alba or Bra: the comune is chosen from her memberships.
        // The category holds other modules too: the choice and the button are Utenti Servizi 06's.
        WebElement organisation = browser.findElement(By.id("organisation-utenti-servizi-06"));
        assertThat(browser.findElement(By.cssSelector("label[for='" + organisation.getAttribute("id") + "']")).getText())
                .startsWith("Selezionare il comune per il quale si deve operare");
        organisation.sendKeys("Comune di Alba");
        assertThat(new Select(organisation).getFirstSelectedOption().getAttribute("value")).isEqualTo("004003");
        browser.findElement(By.xpath("//section[.//h2[@id='module-utenti-servizi-06']]//button[normalize-space()='Compila']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches("/passo/1$"));

        // Step 1: "Successivo" without the acknowledgement is refused with the messages in red.
        assertThat(currentStep()).startsWith("Passo 1 di 3");
        press("Successivo");
        assertThat(browser.findElement(By.id("wizard-errors")).isDisplayed()).isTrue();
        WebElement feedback = browser.findElement(By.cssSelector(".invalid-feedback"));
        assertThat(feedback.getCssValue("color")).isIn("rgba(217, 54, 79, 1)", "rgb(217, 54, 79)");
        assertThat(currentStep()).startsWith("Passo 1 di 3");
        checked("wizard-errors", javascript);
        // Bootstrap Italia draws the box on the label, as a user sees it.
        String box = field("/privacy/presaVisione", "checkbox").getAttribute("id");
        browser.findElement(By.cssSelector("label[for='" + box + "']")).click();
        press("Successivo");

        // Step 2: the comune is chosen after the provincia (saved draft refreshes the list).
        assertThat(currentStep()).startsWith("Passo 2 di 3");
        // The mayor's name and codice fiscale come from the profile: shown as text, not as inputs.
        assertThat(browser.findElement(By.id("f_comune_sindaco_codiceFiscale")).getText()).isEqualTo("NREFRC75C54A124J");
        assertThat(Browser.now(browser, By.cssSelector("[name='/comune/sindaco/nome']"))).isEmpty();
        type(Map.of("/comune/cap", "12051",
                "/comune/indirizzo", "Piazza Risorgimento, 1", "/comune/codiceFiscale", "00296180045",
                "/comune/pec", "protocollo.alba@pec.example.org", "/comune/rup/nominativo", "Marco Bianchi",
                "/comune/rup/email", "m.bianchi@example.org", "/comune/rup/telefono", "0173123456"));
        choose("/comune/provincia", "Cuneo", "CN");
        if (javascript) {
            // The comuni of Cuneo arrive without a reload.
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("select[name='/comune/comune'] option[value='004003']")));
        }
        press("Salva in bozza");
        assertThat(browser.getPageSource()).contains("Bozza salvata");
        // The comune is the one chosen on the catalogue card (x-module.prefill organisation.code).
        assertThat(new Select(field("/comune/comune", null)).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("004003");
        checked("wizard-comune", javascript);
        press("Successivo");

        // Leave at step 3, resume from "Le mie istanze": the wizard reopens at step 3.
        assertThat(currentStep()).startsWith("Passo 3 di 3");
        press("Esci dal modulo");
        assertThat(browser.getCurrentUrl()).contains("/le-mie-istanze");
        checked("le-mie-istanze", javascript);
        browser.findElement(By.partialLinkText("Compila")).click();
        assertThat(currentStep()).startsWith("Passo 3 di 3");

        fillOfficial(0, List.of("Laura", "Gallo", "GLLLRA82D45A124B", "1982-04-05", "l.gallo@example.org", "0173123457"));
        if (javascript) {
            // The row is added in the page, and the focus moves to its first field.
            button("Aggiungi utente").sendKeys(Keys.ENTER);
            assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("/utenti/1/nome");
            assertThat(browser.findElement(By.cssSelector("fieldset.repeatable-row[data-pointer='/utenti/1'] > legend"))
                    .getText()).endsWith("2");
        } else {
            press("Aggiungi utente");
        }
        fillOfficial(1, List.of("Giuseppe", "Verdi", "VRDGPP13R10B293P", "1813-10-10", "g.verdi@example.org", "3331234567"));
        checked("wizard-utenti", javascript);
        press("Salva e prosegui");
        assertThat(confirmationText()).isEqualTo(
                "Confermi di voler salvare, uscire dalla compilazione e proseguire al passo successivo?");
        checked("conferma", javascript);
        press("Conferma");

        assertThat(text("[data-testid=instance-state]")).isEqualTo("DA INVIARE");
        checked("dettaglio", javascript);
        action("Riporta in bozza", javascript);
        press("Conferma");
        assertThat(text("[data-testid=instance-state]")).isEqualTo("BOZZA");
        browser.findElement(By.linkText("Continua la compilazione")).click();
        assertThat(currentStep()).startsWith("Passo 3 di 3");
        press("Salva e prosegui");
        press("Conferma");
        assertThat(text("[data-testid=instance-state]")).isEqualTo("DA INVIARE");

        action("Invia", javascript);
        assertThat(confirmationText()).startsWith("Invia: Seleziona il pulsante conferma");
        checked("dialogo-invia", javascript);
        press("Conferma");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("L'istanza è stata inviata correttamente");
        String number = text("[data-testid=instance-number]");
        assertThat(number).matches("SERV06_UTENTI_\\d{4}\\.\\d{7}");
        // When the officials will be registered, as dates counted in working days from today's sending.
        assertThat(text("[data-testid=due-dates]")).containsPattern(
                "Registrazione utenti già in possesso di credenziale: dal \\d{2}/\\d{2}/\\d{4} \\(2° giorno lavorativo")
                .containsPattern("compresa quindi emissione della nuova credenziale\\): dal \\d{2}/\\d{2}/\\d{4} \\(6° giorno");
        assertThat(text("[data-testid=deliveries]")).containsPattern(
                "Ricevuta in preparazione per l'invio|(Ricevuta inviata il \\d{2}/\\d{2}/\\d{4} alle \\d{2}:\\d{2} a"
                + "|In attesa di invio a) m.bianchi@example.org");
        checked("inviata", javascript);

        // The receipt is printed after the commit: until then the page says so instead of offering it.
        // (Looked for without the implicit wait, which would spend 30 s on each page without it.)
        for (int reload = 0; Browser.now(browser, By.linkText("Stampa")).isEmpty() && reload < 100; reload++) {
            assertThat(text("[data-testid=receipt-preparing]")).startsWith("Ricevuta in preparazione");
            Thread.sleep(200);
            browser.navigate().refresh();
        }
        String pdf = browser.findElement(By.linkText("Stampa")).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");

        browser.findElement(By.linkText("Vai alle tue istanze")).click();
        browser.findElement(By.linkText("Inviate")).click();
        assertThat(browser.findElement(By.cssSelector(".instances-table")).getText()).contains(number, "INVIATA");
        WebElement star = browser.findElement(By.cssSelector(".star-toggle"));
        star.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(star));
        browser.findElement(By.linkText("Importanti")).click();
        assertThat(browser.findElement(By.cssSelector(".instances-table")).getText()).contains(number);
        assertThat(browser.findElement(By.cssSelector(".star-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        browser.findElement(By.partialLinkText("Dettaglio")).click();
        assertThat(text("[data-testid=instance-state]")).isEqualTo("INVIATA");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Storico lavorazione", "Invia",
                "Allegati all'istanza", "Atti emessi dall'ufficio competente", "Invio della ricevuta");
        // The outbox turns the receipt into an e-mail to the RUP on its own schedule: the page tells so.
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(page -> {
            browser.navigate().refresh();
            return text("[data-testid=deliveries]").matches(
                    "(?s).*Ricevuta inviata il \\d{2}/\\d{2}/\\d{4} alle \\d{2}:\\d{2} a m.bianchi@example.org.*");
        });

        // An address that does not exist: an Italian page in the layout, not an error document.
        open("/pagina-inesistente");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Si è verificato un problema");
        assertThat(text("[data-testid=error-message]")).startsWith("La pagina richiesta non esiste");
        checked("errore", javascript);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private String currentStep() {
        return browser.findElement(By.cssSelector(".step-bar li[aria-current=step]")).getText().strip();
    }

    /** The visible button with this label (closed dialogs hold buttons too). */
    private WebElement button(String label) {
        return browser.findElements(By.xpath("//main//button[not(contains(@class, 'visually-hidden')) and contains(normalize-space(), '" + label + "')]"))
                .stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No button \"" + label + "\" at " + browser.getCurrentUrl()
                        + ":\n" + browser.findElement(By.tagName("body")).getText()));
    }

    /** The confirmation text shown: the confirmation page's, or the open dialog's when scripts run. */
    private String confirmationText() {
        return browser.findElements(By.cssSelector(".confirmation-text")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow().getText().strip();
    }

    /** Follows an action link: with scripts its dialog opens in the page, without them the confirmation page. */
    private void action(String label, boolean javascript) {
        browser.findElement(By.linkText(label)).click();
        if (javascript) {
            assertThat(browser.findElement(By.cssSelector("dialog[open]")).getText()).contains(label);
        } else {
            assertThat(browser.getCurrentUrl()).contains("/azioni/");
        }
    }

    /** Presses a button with the keyboard and waits for the page it leads to. */
    private void press(String label) {
        WebElement pressed = button(label);
        pressed.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(pressed));
    }

    private WebElement field(String name, String type) {
        String css = "[name='" + name + "']" + (type == null ? "" : "[type=" + type + "]");
        return browser.findElement(By.cssSelector(css));
    }

    /** Chooses an option with the keyboard, as a user tabbing through the form would. */
    private void choose(String name, String label, String value) {
        field(name, null).sendKeys(label);
        assertThat(new Select(field(name, null)).getFirstSelectedOption().getAttribute("value")).isEqualTo(value);
    }

    private void type(Map<String, String> values) {
        values.forEach((name, value) -> {
            WebElement input = field(name, null);
            input.clear();
            input.sendKeys(value);
        });
    }

    private void fillOfficial(int row, List<String> values) {
        List<String> names = List.of("nome", "cognome", "codiceFiscale", "dataNascita", "email", "telefono");
        for (int i = 0; i < names.size(); i++) {
            WebElement input = field("/utenti/" + row + "/" + names.get(i), null);
            if (names.get(i).equals("dataNascita")) {
                // A date input takes what the user would type in the Italian format, day first.
                String[] ymd = values.get(i).split("-");
                input.sendKeys(ymd[2] + ymd[1] + ymd[0]);
            } else {
                input.clear();
                input.sendKeys(values.get(i));
            }
        }
    }

    /** Saves a screenshot (scripts on only) and, when scripts run, checks the page with axe-core. */
    private void checked(String page, boolean javascript) throws IOException {
        if (!javascript) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve("ui-" + page + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, page);
    }
}
