package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.TestHttp;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Role;
import vn.greenzone.reporting.ReportingTestBeans;
import vn.greenzone.reporting.internal.ReportingClock;

/**
 * The done-when story of the report chain (issue 10) on phones, in Vietnamese and in English: at 16:00 a commune
 * official sends the day's report, prefilled from the measured figures; the district's page, open on another
 * phone, sees it arrive without a reload; at 16:40 it shows the communes that never reported as missing, and the
 * district sends its own report, corrected with a reason; the next morning the province sees the consolidated
 * table and downloads it as xlsx, whose district row carries the figure the district sent, and opens its schedule.
 */
class ReportChainBrowserTest extends BrowserTest {

    private static final String DISTRICT = "689";
    private static final String PROVINCE = "70";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ReportingTestBeans.SettableClock clock;
    @Autowired
    UnitDirectory units;

    private ChromeDriver districtPhone;

    @AfterEach
    void realTimeAndOnePhone() {
        clock.reset();
        if (districtPhone != null) {
            districtPhone.quit();
        }
    }

    @Test
    void aCommuneReportsBeforeTheCutOffTheDistrictSeesItArriveAndTheMissingOneAndTheProvinceDownloadsTheTable()
            throws Exception {
        story(LocalDate.of(2021, 8, 2), false);
    }

    @Test
    void theSameStoryInEnglish() throws Exception {
        story(LocalDate.of(2021, 8, 9), true);
    }

    private void story(LocalDate day, boolean english) throws Exception {
        List<AdministrativeUnit> communes = units.children(DISTRICT);
        String commune = communes.getFirst().code();
        TestHttp.Token communeOfficial = official(Role.UNIT_ADMIN, commune);
        TestHttp.Token districtOfficial = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token provinceOfficial = official(Role.UNIT_ADMIN, PROVINCE);
        String lang = english ? "?lang=en" : "";
        // The department imported the operators' smartphones and the app's installs for the day, per commune.
        String installs = Integer.toString(1200 + day.getDayOfMonth());
        for (String kind : List.of("installs", "smartphones")) {
            TestHttp.Response imported = http().post("/api/v1/units/" + PROVINCE + "/" + kind)
                    .bearer(provinceOfficial.token()).json(Map.of("rows", communes.stream().map(unit -> Map.of(
                            "unitCode", unit.code(), "day", day.toString(), "operator", "Viettel",
                            "value", kind.equals("installs") ? Integer.parseInt(installs) : 2600)).toList()))
                    .send();
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        }
        at(day, 16, 0);

        // The district's page is open on its official's phone before anyone has reported.
        districtPhone = Browser.start(360, 800);
        signIn(districtPhone, http().nationalPhone(districtOfficial.personId()));
        districtPhone.get(url("/reports" + lang));
        assertThat(status(districtPhone, commune)).isEqualTo(english ? "Not yet" : "Chưa gửi");
        assertFitsTheScreen(districtPhone, 360);

        // The commune official opens the reports from the menu and sends the prefilled figures at 16:00.
        signIn(http().nationalPhone(communeOfficial.personId()));
        browser.get(url("/" + lang));
        openFromMenu(english ? "Daily reports" : "Báo cáo ngày");
        Browser.waitForPath(browser, "/reports");
        assertThat(browser.findElement(By.id("unit-day")).getText()).startsWith(communes.getFirst().name());
        assertThat(browser.findElement(By.id("own-due")).getText()).contains("16:30");
        String users = browser.findElement(By.id("users")).getAttribute("value");
        assertThat(users).as("prefilled from the measured figures").isNotEmpty();
        assertThat(browser.findElement(By.id("installs")).getAttribute("value")).as("the imported installs")
                .isEqualTo(installs);
        assertFitsTheScreen();
        browser.findElement(By.id("submit-report")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));
        assertThat(browser.findElement(By.id("sent")).getText())
                .isEqualTo(english ? "Report sent (version 1)." : "Đã gửi báo cáo (lần 1).");
        assertThat(browser.findElements(By.cssSelector("#own-status .rp-LATE"))).as("before 16:15").isEmpty();
        assertFitsTheScreen();
        fullPageScreenshot("reports-commune-sent-" + (english ? "en" : "vi") + "-360px");

        // The district sees it arrive (the page polls), and after the cut-off the communes that never reported.
        new WebDriverWait(districtPhone, WAIT).until(driver -> status(districtPhone, commune)
                .equals(english ? "Submitted" : "Đã gửi"));
        assertThat(districtPhone.findElement(By.cssSelector("#child-" + commune + " td:nth-child(3) span")).getText())
                .isEqualTo(users);
        at(day, 16, 40);
        String missing = communes.get(1).code();
        new WebDriverWait(districtPhone, WAIT).until(driver -> status(districtPhone, missing)
                .equals(english ? "Missing" : "Thiếu"));
        // Every other commune is missing (and any organisation of the district another test registered).
        int missingRows = districtPhone.findElements(By.cssSelector("#reporters tbody .rp-MISSING")).size();
        assertThat(districtPhone.findElements(By.cssSelector("#children tbody .rp-MISSING"))).hasSize(communes.size() - 1);
        assertThat(districtPhone.findElement(By.id("counts")).getText())
                .contains(english ? missingRows + " missing" : missingRows + " thiếu");
        assertFitsTheScreen(districtPhone, 360);
        Browser.screenshot(districtPhone, "reports-district-live-" + (english ? "en" : "vi") + "-360px");

        // The district sends its own report with a corrected figure: without a reason it is refused, kept as typed.
        WebElement districtUsers = districtPhone.findElement(By.id("users"));
        long corrected = Long.parseLong(districtUsers.getAttribute("value")) + 12;
        districtUsers.clear();
        districtUsers.sendKeys(Long.toString(corrected));
        districtPhone.findElement(By.id("submit-report")).click();
        new WebDriverWait(districtPhone, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(districtPhone.findElement(By.id("error")).getText()).isEqualTo(english
                ? "The figures differ from the measured ones: give the reason for the change."
                : "Số liệu khác với số đo được: hãy ghi lý do điều chỉnh.");
        assertThat(districtPhone.findElement(By.id("users")).getAttribute("value")).isEqualTo(Long.toString(corrected));
        assertFitsTheScreen(districtPhone, 360);
        districtPhone.findElement(By.id("reason")).sendKeys(english ? "Two industrial parks counted" : "Cộng thêm hai khu công nghiệp");
        districtPhone.findElement(By.id("submit-report")).click();
        new WebDriverWait(districtPhone, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));

        // The next morning the province opens the day's consolidated table and downloads it.
        at(day.plusDays(1), 7, 10);
        browser.manage().deleteAllCookies();
        signIn(http().nationalPhone(provinceOfficial.personId()));
        browser.get(url("/reports" + lang));
        type("day", day.toString());
        browser.findElement(By.id("show-day")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("day=" + day));
        assertThat(status(browser, DISTRICT)).isEqualTo(english ? "Submitted" : "Đã gửi");
        assertThat(browser.findElement(By.cssSelector("#child-" + DISTRICT + " td:nth-child(3) span")).getText())
                .isEqualTo(Long.toString(corrected));
        assertThat(browser.findElement(By.cssSelector("#child-" + DISTRICT + " td:last-child")).getText())
                .as("the district's communes added up").isEqualTo(users);
        assertFitsTheScreen();
        fullPageScreenshot("reports-province-consolidated-" + (english ? "en" : "vi") + "-360px");
        String href = browser.findElement(By.id("download")).getAttribute("href");
        String session = browser.manage().getCookieNamed(TestHttp.SESSION_COOKIE).getValue();
        HttpResponse<byte[]> xlsx;
        try (HttpClient client = HttpClient.newHttpClient()) {
            xlsx = client.send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", TestHttp.SESSION_COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row row = workbook.getFirstSheet().read().stream().filter(r -> DISTRICT.equals(r.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(row.getCellText(5)).isEqualTo(Long.toString(corrected));
            assertThat(row.getCellText(2)).isEqualTo("SUBMITTED");
        }

        // The province's schedule, the seeds' times until it sets its own.
        browser.findElement(By.id("schedule-link")).click();
        Browser.waitForPath(browser, "/reports/schedule");
        assertThat(browser.findElement(By.id("unitDue")).getAttribute("value")).isEqualTo("16:30");
        assertThat(browser.findElement(By.id("consolidationDue")).getAttribute("value")).isEqualTo("07:30");
        assertFitsTheScreen();
        fullPageScreenshot("reports-schedule-" + (english ? "en" : "vi") + "-360px");
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(ReportingClock.ZONE).toInstant());
    }

    private static String status(ChromeDriver driver, String unitCode) {
        return driver.findElement(By.cssSelector("#child-" + unitCode + " .rp-badge")).getText();
    }
}
