package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** A fresh Chromium per test against the running application, and the steps every scenario shares. */
abstract class BrowserTest extends IntegrationTest {

    ChromeDriver browser;

    /** Width and height of the page; phones by default. */
    int[] viewport() {
        return new int[] {360, 800};
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(viewport()[0], viewport()[1]);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    void signIn(String nationalPhone) {
        signIn(browser, nationalPhone);
    }

    /** Signs in on another phone of the story (a second person's). */
    void signIn(ChromeDriver driver, String nationalPhone) {
        driver.get(url("/login"));
        driver.findElement(By.id("phone")).sendKeys(nationalPhone);
        driver.findElement(By.id("send-code")).click();
        Browser.waitForPath(driver, "/login/code");
        driver.findElement(By.id("code")).sendKeys(http().latestCode(nationalPhone));
        driver.findElement(By.id("verify")).click();
        Browser.waitForPath(driver, "/");
    }

    /** Follows a link of the site's menu, unfolding the menu first on a phone, as a person does. */
    void openFromMenu(String linkText) {
        openFromMenu(browser, linkText);
    }

    /** The same in another browser (a second person's phone). */
    static void openFromMenu(ChromeDriver driver, String linkText) {
        WebElement button = driver.findElement(By.cssSelector("header .menu-button"));
        if (button.isDisplayed() && "false".equals(button.getAttribute("aria-expanded"))) {
            button.click();
        }
        driver.findElement(By.linkText(linkText)).click();
    }

    /**
     * Chooses a unit at one level of the picker of {@code field} and waits until htmx has swapped the
     * picker in again with that unit chosen.
     */
    void pickUnit(String field, int level, String unitName) {
        WebElement select = browser.findElement(By.id(field + "-level-" + level));
        String code = select.findElement(By.xpath("option[normalize-space()='" + unitName + "']")).getAttribute("value");
        try {
            new Select(select).selectByValue(code);
        } catch (StaleElementReferenceException swappedAlready) {
            // The change reached the server before Selenium re-read the option: the choice was made.
        }
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id(field), "value", code));
    }

    /** Nothing on the page is wider than the phone: no sideways scrolling of the page itself. */
    void assertFitsTheScreen() {
        assertFitsTheScreen(browser, viewport()[0]);
    }

    /**
     * Waits up to two seconds for the page to be laid out within the screen: a map script still placing its
     * markers can widen the page for a moment on a loaded machine; a page that stays too wide fails.
     */
    static void assertFitsTheScreen(ChromeDriver driver, int screenWidth) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int width;
        while ((width = pageWidth(driver)) > screenWidth && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(width).as("page width on %s; wider than the screen: %s", driver.getCurrentUrl(), widest(driver))
                .isLessThanOrEqualTo(screenWidth);
    }

    /** The elements that reach past the screen's right edge, to say what to fix. */
    private static Object widest(ChromeDriver driver) {
        return driver.executeScript("""
                const clipped = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !clipped(e))
                    .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.getAttribute('class') + ' right='
                        + Math.round(e.getBoundingClientRect().right)).join('; ');""");
    }

    private static int pageWidth(ChromeDriver driver) {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).intValue();
    }

    /** An xlsx link followed with the browser's session, as a click would download it. */
    static byte[] downloadXlsx(String href, String session) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", TestHttp.SESSION_COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
        return response.body();
    }

    /** The first sheet of a downloaded workbook. */
    static List<Row> sheet(byte[] xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Sets a date or time field as a picker would (typing into them depends on the browser's locale). */
    void type(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    /** The whole page as a 360-px-wide phone would scroll through it. */
    Path fullPageScreenshot(String name) {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
        try {
            return Browser.screenshot(browser, name);
        } finally {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", viewport()[0], "height", viewport()[1], "deviceScaleFactor", 1, "mobile", false));
        }
    }

    /** A signed-in person with a profile, so they have a personal QR. */
    TestHttp.Token person(String fullName) {
        TestHttp.Token token = http().signInApi(TestHttp.randomPhone());
        var profile = new HashMap<String, Object>();
        profile.put("fullName", fullName);
        profile.put("birthDate", "1990-04-17");
        profile.put("idNumber", "0" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L)));
        TestHttp.Response saved = http().put("/api/v1/me").bearer(token.token()).json(profile).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return token;
    }

    /** Someone holding an official role on a unit. */
    TestHttp.Token official(Role role, String unit) {
        TestHttp.Token token = person("Lê Văn Cán Bộ");
        http().grant(token.personId(), role, unit);
        return token;
    }
}
