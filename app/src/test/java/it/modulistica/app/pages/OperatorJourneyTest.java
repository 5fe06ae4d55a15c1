package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.backoffice.Submissions;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's journey in a real Chromium: federica.neri has sent Utenti Servizi 06 (through the
 * API); operatore opens the back office, filters the list by a searchable field, opens the instance,
 * takes it in charge ("Prendi in carico") and finds it under "In lavorazione"; axe-core checks every
 * back-office page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperatorJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

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
    void operatoreFiltersTheBackOfficeAndTakesASentInstanceInCharge() throws Exception {
        String token = Submissions.token();
        Submissions submissions = new Submissions(http, mapper);
        submissions.send(Submissions.ALBA, Submissions.token());
        Submissions.Sent sent = submissions.send(Submissions.ALBA, token);
        browser = Browser.start(true);

        open("/login");
        browser.findElement(By.id("username")).sendKeys("operatore");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=user-name]")).getText())
                .isEqualTo("Operatore Servizi Educativi");

        browser.findElement(By.linkText("Back office")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Back office");
        checked("backoffice");
        browser.findElement(By.linkText("Utenti Servizi 06")).click();
        assertThat(browser.findElement(By.cssSelector("main ul[aria-label='Schede delle istanze'] .nav-link.active")).getText())
                .startsWith("Pervenute");

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys(token);
        search.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("q=" + token));
        assertThat(browser.findElements(By.cssSelector(".backoffice-table tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".backoffice-table tbody")).getText())
                .contains(sent.number(), "Comune di Alba", "Federica Neri");
        checked("backoffice-elenco");

        browser.findElement(By.partialLinkText("Apri")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=instance-number]")).getText())
                .isEqualTo(sent.number());
        assertThat(browser.findElement(By.cssSelector("[data-testid=instance-state]")).getText()).isEqualTo("INVIATA");
        assertThat(browser.findElement(By.cssSelector(".operator-data")).getText()).contains("Gallo " + token);
        checked("backoffice-istanza");

        browser.findElement(By.linkText("Prendi in carico")).click();
        WebElement dialog = browser.findElement(By.cssSelector("dialog[open]"));
        assertThat(dialog.getText()).contains("Prendi in carico");
        WebElement confirm = dialog.findElement(By.xpath(".//button[normalize-space()='Conferma']"));
        confirm.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(confirm));
        assertThat(browser.findElement(By.cssSelector("[data-testid=instance-state]")).getText())
                .isEqualTo("IN LAVORAZIONE");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Richiedi integrazione", "Accogli");

        follow(browser.findElement(By.linkText("Torna all'elenco del modulo")));
        follow(browser.findElement(By.partialLinkText("In lavorazione")));
        WebElement filter = browser.findElement(By.id("q"));
        filter.sendKeys(token);
        filter.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("q=" + token));
        assertThat(browser.findElement(By.cssSelector(".backoffice-table tbody")).getText()).contains(sent.number());

        follow(browser.findElement(By.linkText("Statistiche")));
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(2);
        checked("backoffice-statistiche");
    }

    /** Follows a link with the keyboard, wherever it is on the page, and waits for the next page. */
    private void follow(WebElement link) {
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(link));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void checked(String page) {
        Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, page);
    }
}
