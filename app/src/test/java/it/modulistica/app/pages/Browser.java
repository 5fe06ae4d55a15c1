package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, gated on {@code modulistica.test.browser}: {@code false}
 * (or unset) skips them; {@code true} or {@code required} runs them and fails when Chromium or
 * chromedriver is missing.
 */
final class Browser {

    static final String PROPERTY = "modulistica.test.browser";
    static final Path CHROMIUM = Path.of(System.getProperty("modulistica.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("modulistica.test.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static void requireEnabled() {
        String setting = System.getProperty(PROPERTY, "false");
        assumeTrue(setting.equals("true") || setting.equals("required"),
                "Browser tests are off (-D" + PROPERTY + "=true to run them)");
        assertThat(CHROMIUM).as("Chromium").isExecutable();
        assertThat(DRIVER).as("chromedriver").isExecutable();
    }

    static ChromeDriver start(boolean javascript) throws IOException {
        return start(javascript, new ChromeOptions());
    }

    /**
     * A phone: the viewport {@value #PHONE_WIDTH} px wide (Chromium's window cannot be narrower than
     * 500 px, its device metrics can), with the browser's console kept for {@code logs()}.
     */
    static ChromeDriver startPhone(boolean javascript) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriver driver = start(javascript, options);
        // The viewport of a phone, as tall as the window (where clicks are aimed), without the touch
        // emulation of "mobileEmulation" (with scripts off, a click that submits a form never returns).
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", 1400,
                "deviceScaleFactor", 1, "mobile", true));
        return driver;
    }

    static final int PHONE_WIDTH = 390;

    /** How long a look for an element waits for it to appear (see {@link #now}). */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(30);

    /**
     * The elements there now: the driver's implicit wait would make every look for something absent
     * last its whole timeout (30 s each). Call once the page is known to be loaded.
     */
    static List<WebElement> now(WebDriver driver, By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    private static ChromeDriver start(boolean javascript, ChromeOptions options) throws IOException {
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("modulistica-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
        // Bootstrap scrolls smoothly unless reduced motion is asked for: a click on an element below the
        // fold would then land while the page is still scrolling, on whatever passes under the pointer.
        options.addArguments("--force-prefers-reduced-motion");
        // An Italian user's browser: the pages speak Italian through Accept-Language.
        options.addArguments("--lang=it-IT");
        options.setExperimentalOption("prefs", javascript ? Map.of("intl.accept_languages", "it-IT,it")
                : Map.of("intl.accept_languages", "it-IT,it", "profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // A click that submits a form can return before the next page is there; finding an element
        // of that page then waits for it instead of failing at once.
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return driver;
    }
}
