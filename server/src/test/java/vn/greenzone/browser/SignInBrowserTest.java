package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.greenzone.IntegrationTest;

/** A newcomer in Chromium: signs in with a phone number, reads the SMS code, and uses the shell. */
class SignInBrowserTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(360, 800);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void signsInWithAPhoneNumberInVietnameseThenSwitchesToEnglish() {
        String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        browser.findElement(By.id("start-sign-in")).click();

        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        Browser.waitForPath(browser, "/login/code");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Đã gửi mã xác nhận tới " + phone);

        browser.findElement(By.id("code")).sendKeys(latestCodeFor(phone));
        browser.findElement(By.id("verify")).click();
        Browser.waitForPath(browser, "/");

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào (" + phone + ")");
        assertThat(browser.findElement(By.id("my-roles")).getText()).contains("Người dân");
        Browser.screenshot(browser, "home-vi-360px");

        browser.findElement(By.id("lang-en")).click();
        Browser.waitForPath(browser, "/?lang=en");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Hello (" + phone + ")");
        assertThat(browser.findElement(By.id("my-roles")).getText()).contains("Citizen");
        Browser.screenshot(browser, "home-en-360px");
    }

    @Test
    void fillsInTheProfileWithTheUnitPicker() {
        String phone = "03" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        signIn(phone);
        browser.get(url("/me"));
        browser.findElement(By.id("fullName")).sendKeys("Trần Thị Bình");
        new Select(browser.findElement(By.id("residenceUnit-level-0"))).selectByVisibleText("Tỉnh Bình Phước");
        new Select(browser.findElement(By.id("residenceUnit-level-1"))).selectByVisibleText("Thành phố Đồng Xoài");
        new Select(browser.findElement(By.id("residenceUnit-level-2"))).selectByVisibleText("Phường Tân Phú");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("residenceUnit"), "value", "25195"));
        Browser.screenshot(browser, "profile-picker-360px");
        browser.findElement(By.id("save")).click();
        Browser.waitForPath(browser, "/me?saved");

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Đã lưu hồ sơ.");
        String stored = jdbc.sql("select residence_unit from person where phone = :phone")
                .param("phone", "+84" + phone.substring(1)).query(String.class).single();
        assertThat(stored).isEqualTo("25195");
    }

    @Test
    void wrongCodeIsRefusedWithAMessageAndNoSession() {
        String phone = "07" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        browser.get(url("/login"));
        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        Browser.waitForPath(browser, "/login/code");
        String wrong = latestCodeFor(phone).equals("000000") ? "111111" : "000000";
        browser.findElement(By.id("code")).sendKeys(wrong);
        browser.findElement(By.id("verify")).click();
        Browser.waitForPath(browser, "/login/verify");

        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Mã xác nhận không đúng. Bạn còn 4 lần thử.");
        browser.get(url("/me"));
        Browser.waitForPath(browser, "/login");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
    }

    private void signIn(String phone) {
        browser.get(url("/login"));
        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        Browser.waitForPath(browser, "/login/code");
        browser.findElement(By.id("code")).sendKeys(latestCodeFor(phone));
        browser.findElement(By.id("verify")).click();
        Browser.waitForPath(browser, "/");
    }

    private String latestCodeFor(String nationalPhone) {
        String body = jdbc.sql("select body from sms_outbox where recipient = :to order by id desc limit 1")
                .param("to", "+84" + nationalPhone.substring(1)).query(String.class).single();
        Matcher matcher = CODE.matcher(body);
        assertThat(matcher.find()).as("a code in %s", body).isTrue();
        return matcher.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
