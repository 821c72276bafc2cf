package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomPhone;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A newcomer in Chromium: signs in with a phone number, reads the SMS code, and uses the shell. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void signsInWithAPhoneNumberInVietnameseThenSwitchesToEnglish() {
        String phone = randomPhone();
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        browser.findElement(By.id("start-sign-in")).click();

        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        Browser.waitForPath(browser, "/login/code");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Đã gửi mã xác nhận tới " + phone);

        browser.findElement(By.id("code")).sendKeys(http().latestCode(phone));
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
        String phone = randomPhone();
        signIn(phone);
        browser.get(url("/me"));
        browser.findElement(By.id("fullName")).sendKeys("Trần Thị Bình");
        pickUnit("residenceUnit", 0, "Tỉnh Bình Phước");
        pickUnit("residenceUnit", 1, "Thành phố Đồng Xoài");
        pickUnit("residenceUnit", 2, "Phường Tân Phú");
        Browser.screenshot(browser, "profile-picker-360px");
        browser.findElement(By.id("save")).click();
        Browser.waitForPath(browser, "/me?saved");

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Đã lưu hồ sơ.");
        String stored = jdbc.sql("select residence_unit from person where phone = :phone")
                .param("phone", international(phone)).query(String.class).single();
        assertThat(stored).isEqualTo("25195");
    }

    @Test
    void wrongCodeIsRefusedWithAMessageAndNoSession() {
        String phone = randomPhone();
        browser.get(url("/login"));
        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        Browser.waitForPath(browser, "/login/code");
        String wrong = http().latestCode(phone).equals("000000") ? "111111" : "000000";
        browser.findElement(By.id("code")).sendKeys(wrong);
        browser.findElement(By.id("verify")).click();
        Browser.waitForPath(browser, "/login/verify");

        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Mã xác nhận không đúng. Bạn còn 4 lần thử.");
        browser.get(url("/me"));
        Browser.waitForPath(browser, "/login");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
    }
}
