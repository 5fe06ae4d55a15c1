package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What is typed in a wizard step is saved in the background a few seconds later, so it survives a
 * closed window: the page says when, and opening the step again shows the value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AutosaveTest {

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
    void savesTypedValuesInTheBackground() throws Exception {
        browser = Browser.start(true);
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("federica.neri");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        browser.findElement(By.linkText("Nuova istanza")).click();
        browser.findElement(By.linkText("Servizi educativi")).click();
        new Select(browser.findElement(By.id("organisation-utenti-servizi-06"))).selectByValue("004003");
        browser.findElement(By.xpath("//section[.//h2[@id='module-utenti-servizi-06']]//button[normalize-space()='Compila']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/passo/1$"));
        String stepOne = browser.getCurrentUrl();
        browser.get(stepOne.replaceAll("/passo/1$", "/passo/2"));

        browser.findElement(By.name("/comune/cap")).sendKeys("12051");
        WebElement status = new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".autosave-status")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !status.getText().isBlank());

        assertThat(status.getText()).startsWith("Bozza salvata automaticamente alle");
        browser.get(browser.getCurrentUrl());
        assertThat(browser.findElement(By.name("/comune/cap")).getAttribute("value")).isEqualTo("12051");
    }
}
