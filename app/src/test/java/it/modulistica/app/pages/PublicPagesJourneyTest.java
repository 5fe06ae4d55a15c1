package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * In a real Chromium, signed out, at phone widths and on a desktop, with scripts on and off: from
 * the sign-in page to the services, the scheda of "Servizi educativi" with its access boxes,
 * avvisi, assistance and manual, and through an access box to sign-in and the module; axe-core on
 * each page, and no page wider than the window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PublicPagesJourneyTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    boolean scripts;

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

    @ParameterizedTest(name = "{0} px wide, scripts {1}")
    @CsvSource({"320, true", "390, true", "390, false", "1280, true", "1280, false"})
    void aVisitorReadsTheServicesAndTheSchedaSignedOutAndReachesTheModuleThroughSignIn(int width, boolean scripts)
            throws Exception {
        browser = Browser.start(scripts);
        browser.manage().window().setSize(new Dimension(width, 900));
        this.scripts = scripts;
        String name = "public-" + width + (scripts ? "" : "-noscript");

        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.linkText("Servizi e avvisi, senza accedere")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Servizi");
        WebElement service = browser.findElement(By.cssSelector("[data-category=servizi-educativi]"));
        assertThat(service.getText()).contains("Servizi educativi", "Rivolto a: Enti pubblici", "Utenti Servizi 06",
                "Monitoraggio 2020");
        assertThat(Browser.now(browser, By.cssSelector("[data-testid=user-name]"))).isEmpty();
        checked(name + "-servizi");

        service.findElement(By.linkText("Servizi educativi")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Servizi educativi");
        List<WebElement> boxes = browser.findElements(By.cssSelector("[data-testid=access-box]"));
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(0).getText()).contains("Accedi alla Registrazione degli utenti",
                "Si accede con: nome utente e password, Carta Nazionale dei Servizi (CNS)",
                "Autenticazione RUPAR Livello 1");
        assertThat(browser.findElement(By.cssSelector("[data-testid=notices]")).getText())
                .containsIgnoringCase("Proroga del Monitoraggio 2020").contains("18 ottobre 2023 ore 12.00.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=contacts]")).getText())
                .contains("011 0824108", "lunedì–venerdì 08:00–18:00", "monitoraggio_paz03@regione.piemonte.it");
        assertThat(browser.findElement(By.cssSelector("[data-testid=documents]")).getText())
                .contains("Manuale Registrazione Utenti Servizi 0-6");
        assertThat(browser.findElement(By.cssSelector("[data-testid=description]")).getText())
                .contains("Sistema Informativo Regionale Servizi Educativi 0-6", "Monitoraggio 2020");
        checked(name + "-scheda");

        browser.get("http://localhost:" + port + "/servizi/servizi-educativi?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Educational services");
        assertThat(browser.findElement(By.cssSelector("[data-testid=audience]")).getText()).isEqualTo("For: Public bodies");
        checked(name + "-scheda-en");
        browser.get("http://localhost:" + port + "/servizi/servizi-educativi?lang=it");

        WebElement access = browser.findElement(By.linkText("Accedi alla Registrazione degli utenti"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", access);
        access.click();
        browser.findElement(By.id("username")).sendKeys("federica.neri");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.findElement(By.id("module-utenti-servizi-06")).getText()).isEqualTo("Utenti Servizi 06");
        // Sign-in returns to the page the box led to (the saved request keeps the path, not the fragment).
        assertThat(browser.getCurrentUrl()).contains("/nuova-istanza/servizi-educativi");
    }

    /** Screenshot, axe-core and the page's width: the last two need scripts, as in the other journeys. */
    private void checked(String page) throws IOException {
        Files.createDirectories(CompilerJourneyTest.SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                CompilerJourneyTest.SCREENSHOTS.resolve("ui-" + page + ".png"), StandardCopyOption.REPLACE_EXISTING);
        if (!scripts) {
            return;
        }
        Accessibility.assertNoSeriousViolations((JavascriptExecutor) browser, page);
        Object wider = ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
        assertThat((List<?>) wider).as("elements wider than the window on %s", page).isEmpty();
    }
}
