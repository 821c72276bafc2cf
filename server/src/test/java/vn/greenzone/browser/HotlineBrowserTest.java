package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.hotline.Hotline;
import vn.greenzone.identity.Role;

/**
 * The hotline story of issue 12 on a phone: an operator logs a complaint, which lands in the right agency's
 * queue with a countdown; the caller looks it up by the texted tracking code, signed out; the item goes
 * overdue, its agency's head is texted and the supervisor sees it red. Then the supervisor's queue and a
 * citizen's web report in English.
 */
class HotlineBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern CODE = Pattern.compile("Ma tra cuu: ([A-Z0-9]{8})");

    @Autowired
    Hotline hotline;

    @Test
    void anOperatorLogsAComplaintTheAgencySeesItCountingDownTheCallerTracksItAndOverdueItEscalates() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, CheckinFixtures.DISTRICT);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, CheckinFixtures.DISTRICT);
        TestHttp.Token head = person("Phạm Văn Trưởng");
        String category = category();
        String agencyName = "Trung tâm Y tế Thành phố Đồng Xoài " + head.personId();
        String headPhone = http().nationalPhone(head.personId());
        TestHttp.Response agency = http().post("/api/v1/hotline/agencies").bearer(supervisor.token())
                .json(Map.of("unitCode", CheckinFixtures.DISTRICT, "name", agencyName, "headPhone", headPhone,
                        "memberPhones", List.of(headPhone))).send();
        assertThat(agency.status()).as(agency.toString()).isEqualTo(201);
        TestHttp.Response rule = http().put("/api/v1/hotline/rules").bearer(supervisor.token())
                .json(Map.of("categoryCode", category, "unitCode", CheckinFixtures.DISTRICT, "agencyId",
                        agency.json().path("id").asLong())).send();
        assertThat(rule.status()).as(rule.toString()).isEqualTo(200);
        String caller = TestHttp.randomPhone();

        // The operator opens the desk from the menu and logs the call; without a description the form refuses.
        signIn(http().nationalPhone(operator.personId()));
        openFromMenu("Đường dây nóng 1022");
        Browser.waitForPath(browser, "/hotline/queue");
        browser.findElement(By.id("nav-new")).click();
        Browser.waitForPath(browser, "/hotline/new");
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue(category);
        pickUnit("unitCode", 2, "Phường Tân Phú");
        browser.findElement(By.id("callerPhone")).sendKeys(caller);
        browser.findElement(By.id("log")).click();
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Hãy mô tả sự việc (tối đa 2.000 ký tự).");
        assertThat(browser.findElement(By.id("callerPhone")).getAttribute("value")).isEqualTo(caller);
        assertFitsTheScreen();
        fullPageScreenshot("hotline-new-refused-360px");
        browser.findElement(By.id("description")).sendKeys("Quán nhậu trên Đường Phú Riềng Đỏ mở cửa sau 21 giờ, hơn 30 khách.");
        browser.findElement(By.id("log")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/hotline/items/"));
        long id = Long.parseLong(URI.create(browser.getCurrentUrl()).getPath().substring("/hotline/items/".length()));
        String code = trackingCode(caller);
        assertThat(browser.findElement(By.id("tracking-code")).getText()).endsWith(code);
        assertThat(browser.findElement(By.id("agency")).getText()).isEqualTo(agencyName);
        assertThat(browser.findElement(By.id("caller")).getText()).as("the operator who took the call").isEqualTo(caller);
        assertFitsTheScreen();
        fullPageScreenshot("hotline-item-logged-360px");

        // The agency's head finds it in the agency's queue, counting down from five hours, and takes it on.
        browser.manage().deleteAllCookies();
        signIn(headPhone);
        openFromMenu("Đường dây nóng 1022");
        Browser.waitForPath(browser, "/hotline/queue");
        assertThat(browser.findElement(By.id("queue-of")).getText()).isEqualTo(agencyName);
        WebElement row = browser.findElement(By.id("item-" + id));
        assertThat(row.findElement(By.className("hl-countdown")).getText()).matches("Còn 4 giờ \\d+ phút");
        assertThat(row.getText()).contains("Phường Tân Phú").contains(caller.substring(0, 2) + "******")
                .doesNotContain(caller);
        assertFitsTheScreen();
        fullPageScreenshot("hotline-agency-queue-360px");
        row.findElement(By.tagName("a")).click();
        new Select(browser.findElement(By.id("status-select"))).selectByValue("IN_PROGRESS");
        browser.findElement(By.id("note")).sendKeys("Đã cử tổ kiểm tra đến quán.");
        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("saved"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đang xử lý");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Đã cử tổ kiểm tra đến quán.");

        // The caller, signed out, looks the complaint up with the texted code.
        browser.manage().deleteAllCookies();
        browser.get(url("/hotline"));
        browser.findElement(By.id("to-track")).click();
        Browser.waitForPath(browser, "/hotline/track");
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
        browser.findElement(By.id("look")).click();
        assertThat(browser.findElement(By.id("state-status")).getText()).isEqualTo("Đang xử lý");
        assertThat(browser.findElement(By.id("state-agency")).getText()).isEqualTo(agencyName);
        assertThat(browser.getPageSource()).doesNotContain("Quán nhậu");
        assertFitsTheScreen();
        fullPageScreenshot("hotline-track-360px");

        // Six hours on, nothing handled: the head is texted and the supervisor sees the item red.
        jdbc.sql("update hotline_item set received_at = received_at - interval '6 hours', due_at = due_at - interval '6 hours'"
                + " where id = :id").param("id", id).update();
        hotline.escalateDue();
        assertThat(http().latestSms(headPhone)).startsWith("QUA HAN: phan anh 1022 so " + id + " ");
        browser.manage().deleteAllCookies();
        signIn(http().nationalPhone(supervisor.personId()));
        openFromMenu("Đường dây nóng 1022");
        Browser.waitForPath(browser, "/hotline/queue");
        WebElement red = browser.findElement(By.id("item-" + id));
        assertThat(red.getAttribute("class")).contains("red");
        assertThat(red.findElement(By.className("hl-escalated")).getText()).isEqualTo("Quá hạn, đã nhắn trưởng cơ quan");
        assertThat(red.findElement(By.className("hl-countdown")).getText()).matches("Quá hạn 1 giờ \\d+ phút");
        assertThat(red.getCssValue("border-left-color")).isEqualTo(
                browser.findElement(By.cssSelector("#count-late")).getCssValue("border-left-color"));
        assertFitsTheScreen();
        fullPageScreenshot("hotline-supervisor-red-360px");

        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Queue"));
        assertThat(browser.findElement(By.id("item-" + id)).findElement(By.className("hl-escalated")).getText())
                .isEqualTo("Overdue, agency head texted");
        assertFitsTheScreen();
        browser.findElement(By.id("nav-stats")).click();
        Browser.waitForPath(browser, "/hotline/stats");
        assertThat(browser.findElement(By.id("by-agency")).getText()).contains(agencyName);
        assertFitsTheScreen();
        fullPageScreenshot("hotline-stats-en-360px");
        browser.findElement(By.id("nav-setup")).click();
        Browser.waitForPath(browser, "/hotline/setup");
        assertThat(browser.findElement(By.id("agencies")).getText()).contains(agencyName);
        assertThat(browser.findElement(By.id("rules")).getText()).contains("Crowd gathering").contains(agencyName);
        assertFitsTheScreen();
        fullPageScreenshot("hotline-setup-en-360px");
    }

    @Test
    void aCitizenReportsOnThePublicFormInEnglishAndGetsATrackingCode() {
        String category = category();
        String phone = TestHttp.randomPhone();
        browser.get(url("/hotline/report?lang=en"));
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue(category);
        pickUnit("unitCode", 0, "Tỉnh Bình Phước");
        pickUnit("unitCode", 1, "Thành phố Đồng Xoài");
        browser.findElement(By.id("callerPhone")).sendKeys(phone);
        browser.findElement(By.id("send")).click();
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Describe what happened (at most 2,000 characters).");
        assertFitsTheScreen();
        browser.findElement(By.id("description")).sendKeys("A wedding party of 200 guests in ward Tân Phú tonight.");
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Report received"));
        assertThat(browser.findElement(By.id("tracking-code")).getText()).isEqualTo(trackingCode(phone));
        assertFitsTheScreen();
        fullPageScreenshot("hotline-reported-en-360px");
    }

    /** A category of this test's own, so its rule routes nothing of another test's. */
    private String category() {
        TestHttp.Token admin = official(Role.NATIONAL_ADMIN, "VN");
        String code = "B" + Long.toString(System.nanoTime(), 36).toUpperCase().replaceAll("[0-9]", "Q");
        TestHttp.Response saved = http().put("/api/v1/hotline/categories/" + code).bearer(admin.token())
                .json(Map.of("nameVi", "Tụ tập đông người", "nameEn", "Crowd gathering", "deadlineMinutes", 300)).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return code;
    }

    private String trackingCode(String phone) {
        Matcher matcher = CODE.matcher(http().latestSms(phone));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
