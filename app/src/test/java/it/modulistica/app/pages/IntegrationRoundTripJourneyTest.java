package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.backoffice.Submissions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The integration round trip on the shipped Utenti Servizi 06, in a real Chromium with scripts on
 * (the actions' dialogs): federica.neri has sent an instance for Alba through the API; operatore
 * finds it in the back office, takes it in charge and asks for an integration; federica.neri finds
 * it under "In attesa di integrazione" and answers with a note and a PDF; operatore accepts it with
 * an issued document; federica.neri sees it ACCOLTA, her PDF under "Allegati all'istanza" and the act
 * under "Atti emessi dall'ufficio competente", and downloads the act. axe-core checks both sides'
 * detail pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegrationRoundTripJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @TempDir
    Path uploads;

    ChromeDriver browser;

    /** The detail page of the instance on its way. */
    String detail;

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
    void theOwnerAnswersTheOfficesRequestAndFindsTheIssuedAct() throws IOException {
        String token = Submissions.token();
        Submissions.Sent sent = new Submissions(http, mapper).send(Submissions.ALBA, token);
        detail = "/istanze/" + sent.id();
        Path answer = Files.write(uploads.resolve("documento identità.pdf"),
                ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        Path act = Files.write(uploads.resolve("provvedimento di accoglimento.pdf"),
                ("%PDF-1.4\n% atto emesso\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        browser = Browser.start(true);

        // operatore: back office, the module's list, the instance; in charge, then the request.
        signIn("operatore");
        follow(browser.findElement(By.linkText("Back office")));
        follow(browser.findElement(By.linkText("Utenti Servizi 06")));
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys(token);
        search.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("q=" + token));
        assertThat(browser.findElement(By.cssSelector(".backoffice-table tbody")).getText()).contains(sent.number());
        follow(browser.findElement(By.partialLinkText("Apri")));
        assertThat(browser.getCurrentUrl()).endsWith(detail);
        assertThat(state()).isEqualTo("INVIATA");
        act("prendi-in-carico", dialog -> { });
        assertThat(state()).isEqualTo("IN LAVORAZIONE");
        act("richiedi-integrazione", dialog -> dialog.findElement(By.id("note-richiedi-integrazione"))
                .sendKeys("Allegare il documento di identità del referente"));
        assertThat(state()).isEqualTo("IN ATTESA DI INTEGRAZIONE");
        checked("operator-instance-awaiting-integration");

        // federica.neri: the request waits for her under its own tab; she answers with a note and a PDF.
        signIn(Submissions.OWNER);
        open("/le-mie-istanze");
        follow(browser.findElement(By.linkText("In attesa di integrazione")));
        assertThat(browser.getCurrentUrl()).endsWith("tab=in-attesa-integrazione");
        WebElement row = browser.findElement(By.xpath("//table[contains(@class, 'instances-table')]//tr[td[normalize-space()='"
                + sent.number() + "']]"));
        assertThat(row.getText()).contains("IN ATTESA DI INTEGRAZIONE");
        follow(row.findElement(By.cssSelector("a[href='" + detail + "']")));
        assertThat(browser.getCurrentUrl()).endsWith(detail);
        assertThat(state()).isEqualTo("IN ATTESA DI INTEGRAZIONE");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Allegare il documento di identità del referente");
        checked("owner-instance-awaiting-integration");
        act("invia-integrazione", dialog -> {
            dialog.findElement(By.id("note-invia-integrazione")).sendKeys("Ecco il documento richiesto");
            dialog.findElement(By.id("attachments-invia-integrazione")).sendKeys(answer.toString());
        });
        assertThat(state()).isEqualTo("IN LAVORAZIONE");

        // operatore: sees the answer and accepts with the issued act.
        signIn("operatore");
        open(detail);
        assertThat(state()).isEqualTo("IN LAVORAZIONE");
        assertThat(browser.findElement(By.cssSelector("[data-testid=attachments]")).getText())
                .contains("documento identità.pdf", "Invia integrazione");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ecco il documento richiesto");
        act("accogli", dialog -> dialog.findElement(By.id("issued-accogli")).sendKeys(act.toString()));
        assertThat(state()).isEqualTo("ACCOLTA");

        // federica.neri: the outcome, her attachment and the act, which she downloads.
        signIn(Submissions.OWNER);
        open(detail);
        assertThat(state()).isEqualTo("ACCOLTA");
        assertThat(browser.findElement(By.cssSelector("[data-testid=attachments]")).getText())
                .contains("documento identità.pdf", "Invia integrazione");
        WebElement documents = browser.findElement(By.cssSelector("[data-testid=documents]"));
        assertThat(documents.getText()).contains("provvedimento di accoglimento.pdf", "Accogli");
        String href = documents.findElement(By.linkText("provvedimento di accoglimento.pdf")).getAttribute("href");
        assertThat(href).matches("http://localhost:" + port + "/api/instances/" + sent.id() + "/files/[0-9a-f-]{36}");
        checked("owner-instance-accepted");
        assertThat(download(href)).startsWith("200 application/pdf").contains("% atto emesso\n");
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        WebElement submit = browser.findElement(By.cssSelector("button[type=submit]"));
        submit.click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.stalenessOf(submit));
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.findElement(By.cssSelector("[data-testid=user-name]"));
    }

    /**
     * Opens the action's dialog from its link, lets {@code fill} give its inputs, confirms, and waits
     * for the detail page the post leads back to.
     */
    private void act(String code, Consumer<WebElement> fill) {
        browser.findElement(By.cssSelector("a.action-link[data-action='" + code + "']")).click();
        WebElement dialog = browser.findElement(By.cssSelector("dialog#dialog-" + code + "[open]"));
        fill.accept(dialog);
        WebElement confirm = dialog.findElement(By.cssSelector("button[type=submit]"));
        confirm.click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.stalenessOf(confirm));
        browser.findElement(By.cssSelector("[data-testid=instance-state]"));
        assertThat(browser.getCurrentUrl()).as(browser.findElement(By.tagName("main")).getText()).endsWith(detail);
    }

    /** Follows a link with the keyboard and waits for the next page. */
    private void follow(WebElement link) {
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.stalenessOf(link));
    }

    private String state() {
        return browser.findElement(By.cssSelector("[data-testid=instance-state]")).getText();
    }

    /** Fetches the file with the signed-in user's session: status, media type and content. */
    private String download(String href) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0])
                  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + (r.headers.get('Content-Type') || '')
                      + ' ' + new TextDecoder('latin1').decode(b))))
                  .catch(e => done('error ' + e));""", href);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void checked(String page) {
        Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, page);
    }
}
