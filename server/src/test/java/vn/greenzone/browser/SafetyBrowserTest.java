package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;
import vn.greenzone.safety.SafetyFixtures;

/**
 * The safety story of issue 12 on a phone: a market's owner answers the self-assessment and the market shows
 * yellow on the officials' list; an inspector records an inspection with a photo that turns it green; an imported
 * registry list shows the two establishments that never registered a venue. In Vietnamese, then in English.
 */
class SafetyBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<String> MARKET = List.of("checkin", "masks", "distance", "handwash", "capacity", "cleaning");

    @Test
    void anOwnerAssessesYellowAnInspectorTurnsItGreenAndARegistryListShowsTwoUnregistered(@TempDir Path files)
            throws IOException {
        TestHttp.Token owner = person("Trần Thị Chợ");
        String street = "Đường Lê Duẩn " + System.nanoTime();
        long market = register(owner, "Chợ Đồng Phú " + System.nanoTime() % 10_000, "Số 5, " + street);
        TestHttp.Token inspector = official(Role.INSPECTOR, SafetyFixtures.DISTRICT);

        // The owner opens the venue, then its self-assessment, and answers criterion by criterion.
        signIn(http().nationalPhone(owner.personId()));
        browser.get(url("/venues/" + market));
        browser.findElement(By.id("safety")).click();
        Browser.waitForPath(browser, "/venues/" + market + "/safety");
        assertThat(browser.findElement(By.cssSelector(".safety-badge")).getText()).isEqualTo("Chưa đánh giá");
        int[] answers = {2, 1, 1, 2, 1, 1};
        for (int i = 0; i < MARKET.size(); i++) {
            browser.findElement(By.id("a-" + MARKET.get(i) + "-" + answers[i])).click();
        }
        assertFitsTheScreen();
        fullPageScreenshot("safety-assessment-360px");
        browser.findElement(By.id("submit-assessment")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("saved"));
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Đã ghi nhận đánh giá.");
        assertThat(browser.findElement(By.cssSelector(".safety-state")).getText())
                .contains("Vàng – có nguy cơ").contains("Điểm an toàn: 68%");

        // The inspector finds it on the officials' list, yellow, also when filtering by colour.
        browser.manage().deleteAllCookies();
        signIn(http().nationalPhone(inspector.personId()));
        openFromMenu("An toàn địa điểm");
        Browser.waitForPath(browser, "/safety");
        assertThat(listed(market).getAttribute("data-colour")).isEqualTo("YELLOW");
        new Select(browser.findElement(By.id("colour"))).selectByValue("YELLOW");
        browser.findElement(By.id("filter")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("colour=YELLOW"));
        assertThat(listed(market).getText()).contains("Vàng – có nguy cơ");
        assertThat(browser.findElements(By.cssSelector("#safety-venues li[data-colour='GREEN']"))).isEmpty();
        assertFitsTheScreen();
        fullPageScreenshot("safety-list-yellow-360px");

        // At the market: all criteria met, the verdict green, a photo taken on the phone.
        listed(market).findElement(By.className("safety-inspect")).click();
        Browser.waitForPath(browser, "/safety/venues/" + market);
        MARKET.forEach(key -> browser.findElement(By.id("f-" + key + "-2")).click());
        new Select(browser.findElement(By.id("verdict"))).selectByValue("GREEN");
        browser.findElement(By.id("note")).sendKeys("Đã kẻ vạch giãn cách, có nơi rửa tay.");
        Path photo = Files.write(files.resolve("cho.png"), SafetyFixtures.PNG);
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        assertFitsTheScreen();
        browser.findElement(By.id("save-inspection")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("recorded"));
        assertThat(browser.findElement(By.cssSelector(".safety-state")).getText())
                .contains("Xanh – an toàn").contains("Theo kết luận kiểm tra");
        assertThat(browser.findElement(By.id("inspections")).getText()).contains("Đã kiểm tra").contains("Ảnh")
                .contains("Đã kẻ vạch giãn cách");
        fullPageScreenshot("safety-inspection-recorded-360px");
        browser.get(url("/safety?colour=GREEN"));
        assertThat(listed(market).getAttribute("data-colour")).isEqualTo("GREEN");

        // The business registry's list: the market spelled otherwise is matched, two establishments never registered.
        browser.get(url("/safety"));
        browser.findElement(By.id("registry-link")).click();
        Browser.waitForPath(browser, "/safety/registry");
        Path csv = Files.writeString(files.resolve("dang-ky-kinh-doanh.csv"), "Tên cơ sở,Địa chỉ,Mã đơn vị,Ngành\n"
                + "Chợ Đồng Phú,\"5 đ. " + street.substring("Đường ".length()) + "\"," + SafetyFixtures.COMMUNE + ",Chợ\n"
                + "Tiệm Thuốc Tây An Khang,Số 8 " + street + "," + SafetyFixtures.COMMUNE + ",Dược phẩm\n"
                + "Tiệm Sửa Xe Hoà,Tổ 2 " + street + "," + SafetyFixtures.OTHER_COMMUNE + ",Dịch vụ\n");
        browser.findElement(By.id("registry-file")).sendKeys(csv.toString());
        browser.findElement(By.id("import")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(browser.findElement(By.id("import-result")).getText()).contains("Đã nhập 3 dòng.");
        assertThat(browser.findElements(By.cssSelector("#unregistered-now li"))).extracting(WebElement::getText)
                .containsExactly("Tiệm Thuốc Tây An Khang – Số 8 " + street, "Tiệm Sửa Xe Hoà – Tổ 2 " + street);
        assertThat(browser.findElement(By.id("follow-up")).getText()).contains("Tiệm Thuốc Tây An Khang")
                .contains("Tiệm Sửa Xe Hoà").contains("Xã Thuận Lợi");
        assertFitsTheScreen();
        fullPageScreenshot("safety-registry-360px");

        // The same list in English.
        browser.get(url("/safety?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("COVID safety of venues");
        assertThat(listed(market).getText()).contains("Green – safe");
        assertThat(browser.findElement(By.id("listed")).getText()).matches("1 venue|\\d+ venues");
        assertFitsTheScreen();
        fullPageScreenshot("safety-list-en-360px");
        browser.get(url("/safety/registry?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Establishments without a registered venue");
        assertThat(browser.findElement(By.id("follow-up")).getText()).contains("To visit");
        assertFitsTheScreen();
    }

    private WebElement listed(long venueId) {
        return browser.findElement(By.cssSelector("#safety-venues li[data-venue-id='" + venueId + "']"));
    }

    private long register(TestHttp.Token owner, String name, String address) {
        TestHttp.Response registered = http().post("/api/v1/venues").bearer(owner.token())
                .json(SafetyFixtures.venueFields(name, "MARKET", SafetyFixtures.COMMUNE, address)).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().path("id").asLong();
    }
}
