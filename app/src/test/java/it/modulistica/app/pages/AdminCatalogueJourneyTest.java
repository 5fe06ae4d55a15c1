package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * In a real Chromium: the admin creates a category, assigns Utenti Servizi 06 to it, and a citizen
 * then finds the module under that category in "Nuova istanza"; axe-core on the admin pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AdminCatalogueJourneyTest {

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
    void theAdminCreatesACategoryAssignsAModuleAndTheCitizenFindsItThere() throws Exception {
        browser = Browser.start(true);
        signIn("admin");
        browser.findElement(By.linkText("Amministrazione")).click();
        checked("admin-home");
        browser.findElement(By.cssSelector("[data-testid=admin-categories]")).click();

        browser.findElement(By.id("new-code")).sendKeys("infanzia");
        browser.findElement(By.id("new-name")).sendKeys("Prima infanzia");
        new Select(browser.findElement(By.id("new-icon"))).selectByValue("it-user");
        new Select(browser.findElement(By.id("new-colour"))).selectByValue("success");
        press(browser.findElement(By.cssSelector("[data-testid=create-category]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=saved]")).getText()).isEqualTo("Modifica salvata.");
        assertThat(browser.findElement(By.cssSelector("tr[data-category=infanzia]")).getText()).contains("Prima infanzia");

        new Select(browser.findElement(By.id("module-utenti-servizi-06-category"))).selectByValue("infanzia");
        press(browser.findElement(By.cssSelector("[data-testid=assign-utenti-servizi-06]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();
        checked("admin-categorie");
        press(browser.findElement(By.cssSelector("a[href='/admin/moduli/utenti-servizi-06']")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=diagram] svg")).isDisplayed()).isTrue();
        checked("admin-modulo");
        for (String page : new String[] {"moduli", "problemi", "utenti", "utenti/federica.neri", "enti", "enti/004003",
            "audit"}) {
            browser.get("http://localhost:" + port + "/admin/" + page);
            browser.findElement(By.tagName("h1"));
            checked("admin-" + page.replace('/', '-'));
        }
        signOut();

        signIn("federica.neri");
        browser.findElement(By.linkText("Nuova istanza")).click();
        WebElement card = browser.findElement(By.cssSelector("[data-category=infanzia]"));
        assertThat(card.getText()).contains("Prima infanzia", "1 modulo");
        card.findElement(By.linkText("Prima infanzia")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Prima infanzia");
        assertThat(browser.findElement(By.id("module-utenti-servizi-06")).getText()).isEqualTo("Utenti Servizi 06");
        browser.findElement(By.linkText("Nuova istanza")).click();
        browser.findElement(By.cssSelector("[data-category=servizi-educativi]")).findElement(By.linkText("Servizi educativi"))
                .click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Servizi educativi");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Utenti Servizi 06");
    }

    /**
     * Clicks a link or button brought to the middle of the window, where no fixed part of the page
     * covers it, and waits for the next page to replace this one.
     */
    private void press(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(element));
    }

    private void signIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        browser.findElement(By.cssSelector("[data-testid=user-name]"));
    }

    private void signOut() {
        browser.findElement(By.xpath("//button[normalize-space()='Esci']")).click();
        browser.findElement(By.id("username"));
    }

    private void checked(String page) throws IOException {
        Files.createDirectories(CompilerJourneyTest.SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                CompilerJourneyTest.SCREENSHOTS.resolve("ui-" + page + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, page);
    }
}
