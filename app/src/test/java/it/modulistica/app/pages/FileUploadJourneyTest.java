package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.app.files.FileForms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The file widget in a real Chromium, on the test module {@code prova-allegati}: a PDF whose content
 * is HTML is refused beside the field, a real PDF is uploaded with the step's post, removed and
 * uploaded again, the instance is sent, and the file is listed under "Allegati all'istanza" with a
 * download link. With scripts on and off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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

    private void journey(boolean javascript) throws IOException {
        Path pdf = Files.write(uploads.resolve("isee 2026.pdf"),
                "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path fake = Files.writeString(uploads.resolve("finto.pdf"), "<!DOCTYPE html><html><script>alert(1)</script></html>");
        open("/login");
        browser.findElement(By.id("username")).sendKeys("mario.rossi");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        open("/nuova-istanza/servizi-educativi");
        browser.findElement(By.xpath("//button[normalize-space()='Compila']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches("/passo/1$"));

        browser.findElement(By.name("/richiedente/nome")).sendKeys("Mario Rossi");
        press("Successivo");
        assertThat(browser.getCurrentUrl()).endsWith("/passo/2");

        // A .pdf holding a web page is refused beside the field, and nothing is listed.
        fileInput("/documenti/isee").sendKeys(fake.toString());
        press("Salva in bozza");
        assertThat(browser.findElement(By.id("f_documenti_isee-error")).getText())
                .isEqualTo("Il contenuto del file non corrisponde al tipo PDF: il file non è stato salvato");
        assertThat(browser.findElements(By.cssSelector(".uploaded-file"))).isEmpty();
        if (javascript) {
            Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, "wizard-file-refused");
        }

        // A real PDF is uploaded with the step's post and shown with its size and a remove button.
        fileInput("/documenti/isee").sendKeys(pdf.toString());
        press("Salva in bozza");
        assertThat(uploadedFiles()).containsExactly("isee 2026.pdf (35 B) Rimuovi isee 2026.pdf");
        assertThat(browser.findElements(By.cssSelector("input[type=file][name='/documenti/isee']"))).isEmpty();
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
        assertThat(attachments.getText()).contains("isee 2026.pdf").contains("Attestazione ISEE").contains("35 B");
        assertThat(attachments.findElement(By.linkText("isee 2026.pdf")).getAttribute("href"))
                .matches(".*/api/instances/[0-9a-f-]{36}/files/[0-9a-f-]{36}$");
        assertThat(browser.findElement(By.id("documents")).findElement(By.xpath("..")).getText())
                .contains("Nessun atto emesso.");
    }

    private void open(String path) {
        browser.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private WebElement fileInput(String name) {
        return browser.findElement(By.cssSelector("input[type=file][name='" + name + "']"));
    }

    private List<String> uploadedFiles() {
        return browser.findElements(By.cssSelector(".uploaded-file")).stream()
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
        WebElement dialog = browser.findElements(By.cssSelector("dialog[open]")).stream().findFirst().orElse(null);
        WebElement button = (dialog == null ? browser.findElement(By.cssSelector("form.confirm-form"))
                : dialog).findElement(By.xpath(".//button[@type='submit']"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }
}
