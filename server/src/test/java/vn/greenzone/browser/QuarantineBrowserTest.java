package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.identity.Role;

/**
 * The quarantine story of issue 9 on a phone: a quarantine officer enrols a person through the form; the
 * person opens the texted link without signing in and reports fever; the officer's board shows the alert
 * and the officer acts on it; someone enrolled late who never reported turns up as not reporting; the person
 * finds the quarantine on their home page. In Vietnamese, then in English.
 */
class QuarantineBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/q/[A-Za-z0-9_-]{22})");

    @Test
    void anOfficerEnrolsThePersonReportsFeverByTheTextedLinkAndTheBoardShowsTheAlertAndWhoDoesNotReport() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, CheckinFixtures.DISTRICT);
        TestHttp.Token person = person("Nguyễn Thị Hồng");
        TestHttp.Token late = person("Trần Văn Muộn");
        String personPhone = http().nationalPhone(person.personId());
        LocalDate today = LocalDate.now(ZONE);

        // The officer opens "Theo dõi cách ly" from the menu, then the enrol form.
        signIn(http().nationalPhone(officer.personId()));
        openFromMenu("Theo dõi cách ly");
        Browser.waitForPath(browser, "/quarantine");
        assertThat(browser.findElement(By.id("unit-place")).getText()).contains("Thành phố Đồng Xoài");
        browser.findElement(By.id("nav-enrol")).click();
        Browser.waitForPath(browser, "/quarantine/new");
        assertThat(browser.findElement(By.id("plannedEnd")).getAttribute("value")).isEqualTo(today.plusDays(14).toString());

        // Without a street the form refuses, in Vietnamese, keeping what was typed.
        browser.findElement(By.id("lookup")).sendKeys(personPhone);
        pickUnit("unitCode", 0, "Tỉnh Bình Phước");
        pickUnit("unitCode", 1, "Thành phố Đồng Xoài");
        pickUnit("unitCode", 2, "Phường Tân Phú");
        browser.findElement(By.id("enrol")).click();
        assertThat(browser.findElement(By.cssSelector("#new-quarantine #error")).getText())
                .isEqualTo("Hãy nhập số nhà, đường, thôn/ấp (tối đa 200 ký tự).");
        assertThat(browser.findElement(By.id("lookup")).getAttribute("value")).isEqualTo(personPhone);
        assertThat(browser.findElement(By.id("unitCode")).getAttribute("value")).isEqualTo(CheckinFixtures.COMMUNE);
        assertThat(browser.getPageSource()).doesNotContain("Exception");
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-enrol-refused-360px");
        browser.findElement(By.id("street")).sendKeys("Số 8, hẻm 3, Đường Phú Riềng Đỏ");
        browser.findElement(By.id("enrol")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("enrolled"));
        long id = Long.parseLong(URI.create(browser.getCurrentUrl()).getPath().substring("/quarantine/".length()));
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("NGUYEN T** H***");
        assertThat(browser.findElement(By.id("last-report")).getText()).isEqualTo("Chưa báo cáo");
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-detail-360px");

        // Someone whose quarantine began three days ago is enrolled late: their reports were due since.
        browser.get(url("/quarantine/new"));
        browser.findElement(By.id("lookup")).sendKeys(http().nationalPhone(late.personId()));
        pickUnit("unitCode", 0, "Tỉnh Bình Phước");
        pickUnit("unitCode", 1, "Thành phố Đồng Xoài");
        pickUnit("unitCode", 2, "Phường Tân Phú");
        browser.findElement(By.id("street")).sendKeys("Tổ 5, khu phố Phú Thanh");
        type("startDate", today.minusDays(3).toString());
        type("plannedEnd", today.plusDays(11).toString());
        browser.findElement(By.id("enrol")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("enrolled"));
        long lateId = Long.parseLong(URI.create(browser.getCurrentUrl()).getPath().substring("/quarantine/".length()));

        // The person opens the texted link on their phone, signed out, and reports fever: two taps and the number.
        browser.manage().deleteAllCookies();
        String sms = http().latestSms(personPhone);
        assertThat(sms).contains("Cach ly tai nha");
        Matcher link = LINK.matcher(sms);
        assertThat(link.find()).as(sms).isTrue();
        browser.get(url(link.group(1)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Báo cáo sức khỏe hằng ngày");
        assertThat(browser.findElement(By.id("healthy")).isDisplayed()).isTrue();
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-report-link-360px");
        browser.findElement(By.cssSelector("label[for='symptom-FEVER']")).click();
        browser.findElement(By.id("temperature")).sendKeys("38,6");
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("sent"));
        assertThat(browser.findElement(By.id("sent")).getText()).isEqualTo("Đã gửi báo cáo hôm nay. Cảm ơn bạn!");
        assertThat(browser.findElement(By.id("symptom-FEVER")).isSelected()).as("today's report, shown to update").isTrue();
        assertFitsTheScreen();
        Browser.screenshot(browser, "quarantine-report-sent-360px");
        assertThat(http().latestSms(http().nationalPhone(officer.personId()))).as("the officer is texted at once")
                .contains("#" + id).contains("Sot 38.6 C");

        // The officer's board: the alert, and the late one not reporting.
        browser.manage().deleteAllCookies();
        signIn(http().nationalPhone(officer.personId()));
        browser.get(url("/quarantine?mine=true"));
        assertThat(browser.findElement(By.cssSelector("#count-alerts strong")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#count-non-reporting strong")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#count-enrolled strong")).getText()).isEqualTo("2");
        WebElement alerted = browser.findElement(By.id("q-" + id));
        assertThat(alerted.findElement(By.className("badge-alert")).getText()).isEqualTo("Cảnh báo");
        assertThat(alerted.findElement(By.className("q-last")).getText()).contains("Sốt 38.6 °C");
        assertThat(browser.findElement(By.id("q-" + lateId)).findElement(By.className("badge-non-reporting")).getText())
                .isEqualTo("Không báo cáo");
        assertThat(browser.findElement(By.id("q-" + lateId)).getText()).contains("Ngày 4/14").contains("Chưa báo cáo");
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-board-alert-360px");

        // The "open alerts" tile lists only the alert; the officer calls and marks them reached: the alert is dealt with.
        browser.findElement(By.id("count-alerts")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("state=ALERT"));
        assertThat(browser.findElements(By.cssSelector("#quarantines li.q-item"))).extracting(item -> item.getAttribute("id"))
                .contains("q-" + id).doesNotContain("q-" + lateId);
        browser.get(url("/quarantine?mine=true"));
        browser.findElement(By.id("actions-" + id)).click();
        browser.findElement(By.id("reached-" + id)).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("done=REACHED"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Đã lưu: Đã liên hệ được.");
        assertThat(browser.findElement(By.cssSelector("#count-alerts strong")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("q-" + id)).findElements(By.className("badge-alert"))).isEmpty();
        browser.findElement(By.id("actions-" + lateId)).click();
        browser.findElement(By.id("remind-" + lateId)).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("done=REMIND"));
        assertThat(http().latestSms(http().nationalPhone(late.personId()))).contains("Hom nay chua co bao cao");

        // The quarantine's page shows the day's report and what was done.
        browser.get(url("/quarantine/" + id));
        assertThat(browser.findElement(By.id("report-list")).getText()).contains("Sốt 38.6 °C").contains("Liên kết SMS");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Báo triệu chứng").contains("Đã liên hệ được");

        // The same pages in English.
        browser.get(url("/quarantine?mine=true&lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quarantine monitoring");
        assertThat(browser.findElement(By.id("q-" + lateId)).getText()).contains("Not reporting").contains("Day 4/14");
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-board-en-360px");
        browser.get(url("/quarantine/" + id));
        assertThat(browser.findElement(By.id("report-list")).getText()).contains("Fever 38.6 °C");
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-detail-en-360px");
        browser.get(url("/quarantine/new"));
        assertThat(browser.findElement(By.id("enrol")).getText()).isEqualTo("Enrol and send the text");
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-enrol-en-360px");

        // The person signs in: the quarantine is on their home page, today's report sent; the form opens in English.
        browser.manage().deleteAllCookies();
        signIn(personPhone);
        WebElement card = browser.findElement(By.id("my-quarantine"));
        assertThat(card.getText()).contains("Bạn đang cách ly").contains("Đã báo cáo hôm nay.")
                .contains(today.plusDays(13).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(card.getLocation().getY()).isLessThan(browser.findElement(By.id("greeting")).getLocation().getY());
        assertFitsTheScreen();
        Browser.screenshot(browser, "quarantine-home-card-360px");
        browser.findElement(By.id("report-" + id)).click();
        Browser.waitForPath(browser, "/me/quarantine/" + id);
        browser.get(url("/me/quarantine/" + id + "?lang=en"));
        assertThat(browser.findElement(By.id("healthy")).getText()).isEqualTo("I am well, no symptoms");
        assertThat(browser.findElement(By.id("already")).getText()).startsWith("You reported today at");
        browser.findElement(By.id("healthy")).click();
        assertThat(browser.findElement(By.id("error")).getText())
                .isEqualTo("You chose symptoms and \"I am well\": untick the symptoms, or press \"Send report\".");
        assertFitsTheScreen();
        fullPageScreenshot("quarantine-report-en-refused-360px");
    }
}
