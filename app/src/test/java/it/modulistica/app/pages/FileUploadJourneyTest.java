package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.app.files.FileForms;
import it.modulistica.engine.attachment.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The file widget in a real Chromium, on the test module {@code prova-allegati}: a file beyond the
 * platform's cap and a PDF whose content is HTML are refused beside the field, a real PDF is uploaded with the step's post, removed and
 * uploaded again, the instance is sent, and the file is listed under "Allegati all'istanza" with a
 * download link. With scripts on and off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=80KB"})
@DirtiesContext
class FileUploadJourneyTest {

    @TempDir
    static Path forms;

    @TempDir
    Path uploads;

    @DynamicPropertySource
    static void formsDirectory(DynamicPropertyRegistry registry) {
        FileForms.register(forms, registry);
    }

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
    void marioRossiUploadsTheIseeAndFindsItUnderAllegati() throws IOException {
        browser = Browser.start(true);
        journey(true);
    }

    @Test
    void theUploadWorksWithJavaScriptOff() throws IOException {
        browser = Browser.start(false);
        journey(false);
    }

    /**
     * The office's side, without scripts (confirmation pages): the operator asks for an integration,
     * the owner answers with a note and an attachment, the operator's act of a wrong type is refused
     * beside its input, then the act is accepted and the owner finds it under "Atti emessi".
     */
    @Test
    void theOfficeAsksForAnIntegrationAndIssuesItsAct() throws IOException {
        browser = Browser.start(false);
        String detail = journey(false);
        Path photo = Files.write(uploads.resolve("documento.png"),
                SampleFiles.png(40, 30));
        Path act = Files.write(uploads.resolve("provvedimento firmato.pdf"),
                ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));

        signIn("operatore");
        open(detail);
        takeAction("Prendi in carico");
        takeAction("Richiedi integrazione");
        browser.findElement(By.id("note")).sendKeys("Allegare il documento di identità");
        confirm();

        signIn("mario.rossi");
        open(detail);
        takeAction("Invia integrazione");
        browser.findElement(By.id("note")).sendKeys("Ecco il documento");
        browser.findElement(By.id("attachments")).sendKeys(photo.toString());
        confirm();

        signIn("operatore");
        open(detail);
        takeAction("Accogli");
        browser.findElement(By.id("issuedDocument")).sendKeys(photo.toString());
        confirm();
        assertThat(browser.findElement(By.id("issuedDocument-error")).getText()).startsWith("Tipo di file non ammesso");
        browser.findElement(By.id("issuedDocument")).sendKeys(act.toString());
        confirm();

        signIn("mario.rossi");
        open(detail);
        assertThat(browser.findElement(By.cssSelector("[data-testid=instance-state]")).getText()).isEqualTo("ACCOLTA");
        assertThat(browser.findElement(By.cssSelector("[data-testid=attachments]")).getText())
                .contains("isee 2026.pdf").contains("documento.png").contains("Invia integrazione");
        assertThat(browser.findElement(By.cssSelector("[data-testid=documents]")).getText())
                .contains("provvedimento firmato.pdf").contains("Accogli");
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Follows an action's link of the detail page to its confirmation page (scripts are off). */
    private void takeAction(String label) {
        browser.findElement(By.linkText(label)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/azioni/"));
        browser.findElement(By.cssSelector("form.confirm-form"));
        if (now(By.id("note")).isEmpty() && now(By.cssSelector("input[type=file]")).isEmpty()) {
            confirm();
        }
    }

    /** The journey of the owner up to the sent instance; returns the address of its detail page. */
    private String journey(boolean javascript) throws IOException {
        Path pdf = Files.write(uploads.resolve("isee 2026.pdf"),
                ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        Path fake = Files.writeString(uploads.resolve("finto.pdf"), "<!DOCTYPE html><html><script>alert(1)</script></html>");
        signIn("mario.rossi");
        open("/nuova-istanza/servizi-educativi");
        browser.findElement(By.xpath("//button[normalize-space()='Compila']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches("/passo/1$"));

        browser.findElement(By.name("/richiedente/nome")).sendKeys("Mario Rossi");
        press("Successivo");
        assertThat(browser.getCurrentUrl()).endsWith("/passo/2");

        // Beyond the platform's cap nothing of the post can be read: the message stands beside the field.
        byte[] huge = new byte[100 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 9);
        fileInput("/documenti/isee").sendKeys(Files.write(uploads.resolve("enorme.pdf"), huge).toString());
        press("Salva in bozza");
        assertThat(browser.findElement(By.id("f_documenti_isee-error")).getText())
                .isEqualTo("Il file supera la dimensione massima di 64 KB");
        assertThat(uploadedFiles()).isEmpty();

        // A .pdf holding a web page is refused beside the field, and nothing is listed.
        fileInput("/documenti/isee").sendKeys(fake.toString());
        press("Salva in bozza");
        assertThat(browser.findElement(By.id("f_documenti_isee-error")).getText())
                .isEqualTo("Il contenuto del file non corrisponde al tipo PDF: il file non è stato salvato");
        assertThat(uploadedFiles()).isEmpty();
        if (javascript) {
            Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, "wizard-file-refused");
        }

        // A photo cut short is decoded whole and refused beside its own field.
        byte[] photo = SampleFiles.png(40, 30);
        fileInput("/documenti/altri").sendKeys(Files.write(uploads.resolve("foto tagliata.png"),
                Arrays.copyOf(photo, photo.length - 20)).toString());
        press("Salva in bozza");
        assertThat(browser.findElement(By.id("f_documenti_altri-error")).getText())
                .isEqualTo("Il contenuto del file non corrisponde al tipo PNG: il file non è stato salvato");
        assertThat(uploadedFiles()).isEmpty();

        // A real PDF is uploaded with the step's post and shown with its size and a remove button.
        fileInput("/documenti/isee").sendKeys(pdf.toString());
        press("Salva in bozza");
        assertThat(uploadedFiles()).containsExactly("isee 2026.pdf (218 B) Rimuovi isee 2026.pdf");
        assertThat(now(By.cssSelector("input[type=file][name='/documenti/isee']"))).isEmpty();
        if (javascript) {
            Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, "wizard-file-uploaded");
        }
        press("Rimuovi");
        assertThat(uploadedFiles()).isEmpty();
        fileInput("/documenti/isee").sendKeys(pdf.toString());
        press("Salva e prosegui");

        // The workflow's "Salva e prosegui" and "Invia", then the file is under "Allegati all'istanza".
        confirm();
        browser.findElement(By.linkText("Invia")).click();
        confirm();
        open(browser.getCurrentUrl().replace("/inviata", ""));
        WebElement attachments = browser.findElement(By.cssSelector("[data-testid=attachments]"));
        assertThat(attachments.getText()).contains("isee 2026.pdf").contains("Attestazione ISEE").contains("218 B");
        assertThat(attachments.findElement(By.linkText("isee 2026.pdf")).getAttribute("href"))
                .matches(".*/api/instances/[0-9a-f-]{36}/files/[0-9a-f-]{36}$");
        assertThat(browser.findElement(By.id("documents")).findElement(By.xpath("..")).getText())
                .contains("Nessun atto emesso.");
        return browser.getCurrentUrl();
    }

    private void open(String path) {
        browser.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private WebElement fileInput(String name) {
        return browser.findElement(By.cssSelector("input[type=file][name='" + name + "']"));
    }

    private List<WebElement> now(By by) {
        return Browser.now(browser, by);
    }

    private List<String> uploadedFiles() {
        browser.findElement(By.cssSelector("form.wizard-form"));
        return now(By.cssSelector(".uploaded-file")).stream()
                .map(item -> item.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    private void press(String label) {
        WebElement pressed = browser.findElements(By.xpath("//main//button[not(contains(@class, 'visually-hidden'))"
                        + " and contains(normalize-space(), '" + label + "')]"))
                .stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No button \"" + label + "\" at " + browser.getCurrentUrl()
                        + ":\n" + browser.findElement(By.tagName("body")).getText()));
        pressed.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(pressed));
    }

    /** Confirms the action whose page or dialog is open. */
    private void confirm() {
        browser.findElement(By.tagName("main"));
        WebElement dialog = now(By.cssSelector("dialog[open]")).stream().findFirst().orElse(null);
        WebElement button = (dialog == null ? browser.findElement(By.cssSelector("form.confirm-form"))
                : dialog).findElement(By.xpath(".//button[@type='submit']"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }
}
