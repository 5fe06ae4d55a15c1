package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With a session that lasts less than the two minutes of notice, the warning shows at once: "Rimani
 * collegato" asks the server to keep the session and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.session.timeout=1m")
class SessionWarningTest {

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
    void warnsBeforeTheSessionExpiresAndKeepsItOnRequest() throws Exception {
        browser = Browser.start(true);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("federica.neri");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Bacheca"));

        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-session-timeout")).isEqualTo("60");
        WebElement warning = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-warning")));
        assertThat(warning.getText()).contains("La sessione sta per scadere");
        Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, "session-warning");

        browser.findElement(By.id("session-stay")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBe(By.id("session-status"), "Sessione rinnovata."));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bacheca");
    }
}
