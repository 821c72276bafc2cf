package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.OrganisationFixtures;

/**
 * The roster story of issue 10 on a phone: the district registers a school with its head; the head signs in, uploads
 * a roster with a mistake and is told the row, uploads it fixed, sees who has not registered (masked) and texts them
 * reminders. In Vietnamese, then in English.
 */
class OrganisationBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aSchoolHeadUploadsARosterSeesWhoHasNotRegisteredAndRemindsThem(@TempDir Path files) throws IOException {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, OrganisationFixtures.DISTRICT);
        String headPhone = TestHttp.randomPhone();
        String school = "Trường THCS Bù Nho " + System.nanoTime() % 100_000;

        // The district's administrator registers the school with its head's number.
        signIn(http().nationalPhone(admin.personId()));
        openFromMenu("Tổ chức, đơn vị");
        Browser.waitForPath(browser, "/organisations");
        browser.findElement(By.id("org-name")).sendKeys(school);
        new Select(browser.findElement(By.id("org-kind"))).selectByValue("SCHOOL");
        browser.findElement(By.id("org-unit")).clear();
        browser.findElement(By.id("org-unit")).sendKeys(OrganisationFixtures.COMMUNE);
        browser.findElement(By.id("org-head-phone")).sendKeys(headPhone);
        browser.findElement(By.id("org-head-name")).sendKeys("Đinh Thị Hiệu Trưởng");
        assertFitsTheScreen();
        browser.findElement(By.id("register")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("registered"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(school);
        assertThat(browser.findElement(By.id("org-place")).getText()).startsWith("Trường học · Xã Long Bình");

        // The district's targets per group: the seeds' by default; lower-secondary raised for a moment, then inherited.
        browser.get(url("/organisations/targets"));
        WebElement lowerSecondary = browser.findElement(By.cssSelector("#targets li[data-group='LOWER_SECONDARY_STUDENT']"));
        assertThat(lowerSecondary.getText()).contains("Học sinh THCS").contains("Mặc định: 30%");
        lowerSecondary.findElement(By.name("percent")).sendKeys("40");
        lowerSecondary.findElement(By.tagName("button")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("saved"));
        assertThat(browser.findElement(By.cssSelector("#targets li[data-group='LOWER_SECONDARY_STUDENT']")).getText())
                .contains("Chỉ tiêu của đơn vị này");
        assertThat(browser.findElement(By.id("below-target")).getText()).contains("Tổ chức chưa đạt chỉ tiêu");
        assertFitsTheScreen();
        fullPageScreenshot("organisation-targets-360px");
        browser.get(url("/organisations/targets?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Targets per organisation group");
        assertFitsTheScreen();
        WebElement raised = browser.findElement(By.cssSelector("#targets li[data-group='LOWER_SECONDARY_STUDENT']"));
        raised.findElement(By.name("percent")).clear();
        raised.findElement(By.tagName("button")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("saved"));
        assertThat(browser.findElement(By.cssSelector("#targets li[data-group='LOWER_SECONDARY_STUDENT']")).getText())
                .contains("Default: 30%");

        // The head signs in with that number: the menu leads to the school, which has no roster yet.
        browser.manage().deleteAllCookies();
        signIn(headPhone);
        openFromMenu("Tổ chức, đơn vị");
        Browser.waitForPath(browser, "/organisations");
        browser.findElement(By.linkText(school)).click();
        assertThat(browser.findElement(By.id("no-roster")).getText()).startsWith("Chưa có danh sách nhân sự");

        String teacher = TestHttp.randomPhone();
        String pupil1 = TestHttp.randomPhone();
        String pupil2 = TestHttp.randomPhone();
        TestHttp.Token registeredTeacher = http().signInApi(teacher);
        assertThat(registeredTeacher.personId()).isPositive();
        Path wrong = Files.writeString(files.resolve("danh-sach-sai.csv"), "Họ tên,Số điện thoại,Nhóm\n"
                + "Cô Lan," + teacher + ",Giáo viên\n"
                + "Em Minh,0912 34,Học sinh THCS\n"
                + "Em Hoa," + pupil2 + ",Học sinh THCS\n");
        browser.findElement(By.id("roster-file")).sendKeys(wrong.toString());
        browser.findElement(By.id("upload")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("upload-refused")));
        assertThat(browser.findElements(By.cssSelector("#refused-rows li"))).extracting(WebElement::getText)
                .containsExactly("Dòng 3: số điện thoại \"0912 34\" không phải số di động Việt Nam");
        assertThat(browser.findElement(By.id("error")).getText()).contains("không có gì được lưu");
        assertFitsTheScreen();
        fullPageScreenshot("organisation-roster-refused-360px");

        Path fixed = Files.writeString(files.resolve("danh-sach.csv"), "Họ tên,Số điện thoại,Nhóm\n"
                + "Cô Lan," + teacher + ",Giáo viên\n"
                + "Em Minh," + pupil1 + ",Học sinh THCS\n"
                + "Em Hoa," + pupil2 + ",Học sinh THCS\n");
        browser.findElement(By.id("roster-file")).sendKeys(fixed.toString());
        browser.findElement(By.id("upload")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("upload-result")));
        assertThat(browser.findElement(By.id("upload-result")).getText())
                .isEqualTo("Đã nhận danh sách 3 người; 1 người đã đăng ký Greenzone.");
        assertThat(browser.findElement(By.id("registered-figure")).getText())
                .isEqualTo("Đã đăng ký Greenzone: 1 trên 3 người (33%)");
        assertThat(browser.findElement(By.cssSelector("#groups tr[data-group='LOWER_SECONDARY_STUDENT']")).getText())
                .contains("Học sinh THCS").contains("0 (0%)").contains("30%");
        assertThat(browser.findElement(By.id("listed")).getText()).isEqualTo("2 người");
        assertThat(browser.findElements(By.cssSelector("#member-list li .org-phone"))).extracting(WebElement::getText)
                .containsExactly(masked(pupil1), masked(pupil2));
        assertFitsTheScreen();
        fullPageScreenshot("organisation-roster-360px");

        // Everyone not declared today gets one reminder; a second press the same day sends none.
        browser.findElement(By.id("send-reminders")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("reminded")));
        assertThat(browser.findElement(By.id("reminded")).getText())
                .isEqualTo("Đã gửi 3 tin; 0 người đã được nhắc hôm nay; 0 người đã từ chối nhận tin.");
        assertThat(http().latestSms(pupil1)).contains("Truong THCS Bu Nho");
        browser.findElement(By.id("send-reminders")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminded"),
                "Đã gửi 0 tin; 3 người"));
        assertFitsTheScreen();

        // The full list, recorded in the audit trail, then the page in English.
        browser.findElement(By.id("filter-UNREGISTERED")).click();
        browser.findElement(By.id("show-full")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("full-notice")));
        assertThat(browser.findElements(By.cssSelector("#member-list li .org-phone"))).extracting(WebElement::getText)
                .containsExactly(pupil1, pupil2);
        browser.get(browser.getCurrentUrl().replace("full=true", "full=false") + "&lang=en");
        assertThat(browser.findElement(By.id("registered-figure")).getText())
                .isEqualTo("Registered in Greenzone: 1 of 3 people (33%)");
        assertThat(browser.findElement(By.id("filter-UNREGISTERED")).getText()).isEqualTo("Not registered");
        assertThat(browser.findElements(By.cssSelector("#member-list li .org-state"))).extracting(WebElement::getText)
                .containsOnly("Not registered");
        assertThat(browser.findElement(By.id("send-reminders")).getText()).isEqualTo("Send reminders");
        assertFitsTheScreen();
        fullPageScreenshot("organisation-roster-en-360px");
    }

    private static String masked(String phone) {
        return phone.substring(0, 2) + "******" + phone.substring(8);
    }
}
