package it.modulistica.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a user does on the pages, for the short browser journeys of the shipped modules (scripts on). */
final class WizardDriver {

    static final String SENT = "L'istanza è stata inviata correttamente";

    private final ChromeDriver browser;
    private final int port;

    WizardDriver(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    void signIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Bacheca"));
    }

    /**
     * Opens the category and presses "Compila" on the module, for {@code organisation} when it asks for
     * one. Buttons and links are pressed with the keyboard, which also works on an emulated phone screen.
     */
    void start(String category, String module, String organisation) {
        open("/nuova-istanza");
        browser.findElement(By.linkText(category)).click();
        if (organisation != null) {
            new Select(browser.findElement(By.id("organisation-" + module))).selectByValue(organisation);
        }
        browser.findElement(By.xpath("//section[.//h2[@id='module-" + module + "']]//button[normalize-space()='Compila']"))
                .sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches("/passo/1$"));
    }

    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText().strip();
    }

    String currentStep() {
        return text(".step-bar li[aria-current=step]");
    }

    /** The visible button with this label (closed dialogs hold buttons too). */
    WebElement button(String label) {
        return browser.findElements(By.xpath("//main//button[not(contains(@class, 'visually-hidden')) and contains(normalize-space(), '"
                        + label + "')]"))
                .stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No button \"" + label + "\" at " + browser.getCurrentUrl()
                        + ":\n" + browser.findElement(By.tagName("body")).getText()));
    }

    /** Presses a button with the keyboard and waits for the page it leads to. */
    void press(String label) {
        WebElement pressed = button(label);
        pressed.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(pressed));
    }

    WebElement field(String name) {
        return browser.findElement(By.cssSelector("[name='" + name + "']"));
    }

    /** The text of a value the platform locked (prefilled from the profile), shown instead of an input. */
    String locked(String name) {
        WebElement text = browser.findElement(By.id("f" + name.replace('/', '_')));
        assertThat(text.getAttribute("data-locked")).isEqualTo("true");
        return text.getText();
    }

    void type(Map<String, String> values) {
        values.forEach((name, value) -> {
            WebElement input = field(name);
            input.clear();
            input.sendKeys(value);
        });
    }

    /** Types a date as a user of an Italian browser would, day first. */
    void date(String name, LocalDate date) {
        field(name).sendKeys(String.format("%02d%02d%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
    }

    /** Chooses the option with this value; the options of a field depending on another may arrive later. */
    void choose(String name, String value) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("select[name='" + name + "'] option[value='" + value + "']")));
        new Select(field(name)).selectByValue(value);
    }

    /** Ticks a checkbox or picks a radio button by clicking its label, as Bootstrap Italia draws them. */
    void tick(String name, String value) {
        String css = "input[name='" + name + "']" + (value == null ? "[type=checkbox]" : "[value='" + value + "']");
        String id = browser.findElement(By.cssSelector(css)).getAttribute("id");
        browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /** Takes the action of the detail page and confirms it in its dialog. */
    void act(String label) {
        browser.findElement(By.linkText(label)).sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("dialog[open]")).getText()).contains(label);
        press("Conferma");
    }
}
