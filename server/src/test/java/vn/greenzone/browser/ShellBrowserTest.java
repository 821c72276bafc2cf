package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.randomPhone;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The site's header on a 360-px phone: one short line however many roles the person has, the menu
 * behind a button, and the same header on error pages, in Vietnamese and in English.
 */
class ShellBrowserTest extends BrowserTest {

    /** Brand, language and the menu button on one line: about 50 px, where the wrapped menu took 135. */
    private static final int MAX_HEADER_HEIGHT = 70;

    private int headerHeight() {
        return browser.findElement(By.cssSelector("header.topbar")).getRect().getHeight();
    }

    private List<String> menuLinks() {
        return browser.findElements(By.cssSelector("header .menu a")).stream()
                .map(link -> link.getAttribute("href").replace(url(""), "")).toList();
    }

    @Test
    void aBusyOfficialsMenuFoldsIntoOneLineInBothLanguages() {
        String phone = randomPhone();
        TestHttp.Token official = http().signInApi(phone);
        for (Role role : List.of(Role.NATIONAL_ADMIN, Role.CONTACT_TRACER, Role.AUDITOR)) {
            http().grant(official.personId(), role, role == Role.NATIONAL_ADMIN ? "VN" : "70");
        }
        signIn(phone);

        for (String language : List.of("vi", "en")) {
            browser.get(url("/?lang=" + language));
            Browser.screenshot(browser, "menu-folded-" + language + "-360px");
            assertThat(headerHeight()).as("header height in %s", language).isLessThan(MAX_HEADER_HEIGHT);
            assertThat(browser.findElement(By.cssSelector("header .menu")).isDisplayed()).isFalse();
            assertFitsTheScreen();

            WebElement button = browser.findElement(By.cssSelector("header .menu-button"));
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            button.click();
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.findElements(By.cssSelector("header .menu a"))).hasSizeGreaterThanOrEqualTo(9)
                    .allMatch(WebElement::isDisplayed);
            assertThat(browser.findElement(By.cssSelector("header .account button")).isDisplayed())
                    .as("sign out is in the menu").isTrue();
            assertFitsTheScreen();
            Browser.screenshot(browser, "menu-open-" + language + "-360px");
        }

        browser.findElement(By.cssSelector("header .menu a[href='/audit']")).click();
        Browser.waitForPath(browser, "/audit");
        assertThat(headerHeight()).isLessThan(MAX_HEADER_HEIGHT);
    }

    @Test
    void onADeskTheMenuStaysInTheHeaderWithoutAButton() {
        signIn(randomPhone());
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1200, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector("header .menu-button")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("header .menu a"))).hasSize(6).allMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.cssSelector("header .account button")).isDisplayed()).isTrue();
        assertThat(headerHeight()).isLessThan(MAX_HEADER_HEIGHT);
        Browser.screenshot(browser, "menu-1200px");
    }

    @Test
    void errorPagesHaveTheSameHeaderAndNavigation() {
        signIn(randomPhone());

        browser.get(url("/no-such-page"));
        assertThat(browser.findElement(By.cssSelector(".error-page .status")).getText()).isEqualTo("404");
        assertThat(menuLinks()).contains("/", "/me", "/me/qr", "/checkins", "/venues");
        assertThat(headerHeight()).isLessThan(MAX_HEADER_HEIGHT);
        assertThat(browser.findElement(By.cssSelector("header .account button")).getAttribute("textContent"))
                .contains("Đăng xuất");
        Browser.screenshot(browser, "error-404-vi-360px");

        browser.get(url("/no-such-page?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Not found");
        assertThat(menuLinks()).contains("/", "/me", "/me/qr", "/checkins", "/venues");
        assertThat(headerHeight()).isLessThan(MAX_HEADER_HEIGHT);
        browser.findElement(By.cssSelector("header .menu-button")).click();
        Browser.screenshot(browser, "error-404-en-menu-open-360px");

        // A page the person may not open, and a refusal of a controller: the same header.
        browser.get(url("/admin"));
        assertThat(browser.findElement(By.cssSelector(".error-page .status")).getText()).isEqualTo("403");
        assertThat(menuLinks()).contains("/me/qr");
        assertThat(headerHeight()).isLessThan(MAX_HEADER_HEIGHT);
        browser.get(url("/venues/987654321"));
        assertThat(browser.findElement(By.cssSelector(".error-page .status")).getText()).isEqualTo("404");
        assertThat(menuLinks()).contains("/me/qr");

        // Refused by Tomcat before the application (an encoded slash): the site's header all the same.
        browser.get(url("/venues/1%2F2"));
        assertThat(browser.findElement(By.cssSelector(".error-page .status")).getText()).isEqualTo("400");
        assertThat(menuLinks()).containsExactly("/");
        assertThat(headerHeight()).isLessThan(MAX_HEADER_HEIGHT);
        Browser.screenshot(browser, "error-400-container-360px");
    }
}
