package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.TestHttp;
import vn.greenzone.adoption.AdoptionAdministration;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Role;

/**
 * Issue 10's dashboard story on a phone: the Bình Phước Department has a week of installs and smartphones per
 * district and a 60 % target; its administrator opens the dashboard, sees the trend drawn, the map coloured and
 * the districts worst first, downloads the table and reads it back, finds a bad import file named line by line,
 * publishes yesterday's figures, and anyone signed out reads them, in Vietnamese and English.
 */
class AdoptionBrowserTest extends BrowserTest {

    private static final String PROVINCE = "70";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    UnitDirectory units;

    @Autowired
    AdoptionAdministration adoption;

    @Test
    void theDepartmentSeesChartMapAndRankedDistrictsDownloadsThemPublishesAndThePublicReadsThem() throws Exception {
        TestHttp.Token department = http().signInApi(TestHttp.randomPhone());
        http().grant(department.personId(), Role.UNIT_ADMIN, PROVINCE);
        List<AdministrativeUnit> districts = units.children(PROVINCE);
        String worst = weekOfFigures(department, districts);
        TestHttp.Response target = http().put("/api/v1/units/" + PROVINCE + "/adoption/target").bearer(department.token())
                .json(Map.of("basis", "SMARTPHONES", "percent", 60, "deadline", adoption.today().plusDays(14).toString()))
                .send();
        assertThat(target.status()).as(target.toString()).isEqualTo(200);

        signIn(http().nationalPhone(department.personId()));
        openFromMenu("Tỷ lệ cài đặt");
        Browser.waitForPath(browser, "/adoption/" + PROVINCE);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tỷ lệ cài đặt: Tỉnh Bình Phước");
        assertThat(browser.findElement(By.id("target-text")).getText()).startsWith("60");
        assertChartDrawn();
        List<WebElement> tiles = browser.findElements(By.cssSelector("#tile-map rect"));
        assertThat(tiles).hasSize(districts.size());
        assertThat(tiles.stream().map(tile -> tile.getAttribute("class")).toList())
                .contains("ad-tile ad-band-good", "ad-tile ad-band-poor");
        List<WebElement> ranked = browser.findElements(By.cssSelector("#children-table tbody tr"));
        assertThat(ranked).hasSize(districts.size());
        assertThat(ranked.getFirst().getAttribute("data-unit")).isEqualTo(worst);
        assertFitsTheScreen();

        String session = browser.manage().getCookieNamed(TestHttp.SESSION_COOKIE).getValue();
        List<Row> sheet = sheet(downloadXlsx(browser.findElement(By.id("children-xlsx")).getAttribute("href"), session));
        assertThat(sheet).hasSize(districts.size() + 1);
        assertThat(sheet.get(1).getCell(0).getText()).isEqualTo(worst);
        assertThat(sheet.get(1).getCell(1).getText()).isEqualTo(units.require(worst).name());
        List<Row> days = sheet(downloadXlsx(browser.findElement(By.id("trend-xlsx")).getAttribute("href"), session));
        assertThat(days).hasSize(8);

        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.findElement(By.tagName("h1")).getText()
                .equals("Adoption: Tỉnh Bình Phước"));
        assertChartDrawn();
        assertFitsTheScreen();

        // a file with a wrong row is refused whole, the row named
        browser.findElement(By.id("to-imports")).click();
        Path file = Files.createTempFile("installs", ".csv");
        Files.writeString(file, "unit code,date,installs\n" + districts.getFirst().code() + "," + adoption.today()
                + ",10\n99999," + adoption.today() + ",-3\n");
        browser.findElement(By.id("file-installs")).sendKeys(file.toString());
        browser.findElement(By.id("upload-installs")).click();
        new WebDriverWait(browser, WAIT).until(driver -> !driver.findElements(By.id("refused")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#refused li")).getText())
                .isEqualTo("Line 3: no unit has code \"99999\"");
        assertThat(browser.findElement(By.id("error")).getText()).contains("not stored");
        assertFitsTheScreen();
        browser.findElement(By.id("back")).click();

        browser.findElement(By.id("publish")).click();
        Browser.waitForPath(browser, "/units/" + PROVINCE + "/adoption");
        assertThat(browser.findElements(By.cssSelector("#published-table tbody tr"))).hasSize(districts.size());

        browser.manage().deleteAllCookies();
        browser.get(url("/units/" + PROVINCE + "/adoption?lang=vi"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Cài đặt ÷ smartphone theo huyện: Tỉnh Bình Phước");
        assertThat(browser.findElement(By.id("published-at")).getText())
                .startsWith("Số liệu ngày " + String.format("%1$td/%1$tm/%1$tY", adoption.today().minusDays(1)));
        assertThat(browser.findElement(By.cssSelector("#published-table tr[data-unit='" + worst + "']")).getText())
                .contains(units.require(worst).name());
        assertFitsTheScreen();
        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.findElement(By.tagName("h1")).getText()
                .startsWith("Installs ÷ smartphones per district"));
        assertFitsTheScreen();
    }

    @Test
    void theNationalAdministratorSeesTheProvincesOnTheirBoundariesColouredByCoverage() {
        TestHttp.Token department = http().signInApi(TestHttp.randomPhone());
        http().grant(department.personId(), Role.UNIT_ADMIN, PROVINCE);
        weekOfFigures(department, units.children(PROVINCE));
        TestHttp.Token national = http().signInApi(TestHttp.randomPhone());
        http().grant(national.personId(), Role.NATIONAL_ADMIN, AdministrativeUnit.COUNTRY);

        signIn(http().nationalPhone(national.personId()));
        browser.get(url("/adoption/VN?lang=vi"));
        assertProvincesDrawn();
        assertThat(browser.findElement(By.id("boundary-source")).getText()).startsWith("Ranh giới: Natural Earth");
        assertFitsTheScreen();

        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.findElement(By.id("boundary-source")).getText()
                .startsWith("Boundaries: Natural Earth"));
        assertProvincesDrawn();
        assertFitsTheScreen();

        browser.findElement(By.cssSelector("#tile-map a")).click();
        Browser.waitForPath(browser, "/adoption/06");
        assertThat(browser.findElements(By.id("province-map"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#tile-map rect"))).hasSize(units.children("06").size());
    }

    /**
     * 60 provinces and the data set's four other shapes (regions, islands) are drawn; Bình Phước in the colour
     * of its row's class; the three provinces inside regions stay on the grid below.
     */
    private void assertProvincesDrawn() {
        new WebDriverWait(browser, WAIT).until(driver -> driver.findElements(
                By.cssSelector("#province-map path.leaflet-interactive")).size() == 64);
        assertThat(browser.findElements(By.cssSelector("#province-map path[class*='ad-unit-']"))).hasSize(60);
        assertThat(browser.findElements(By.cssSelector("#province-map path.ad-band-region"))).hasSize(4);
        String band = browser.findElement(By.cssSelector("#children-table tr[data-unit='" + PROVINCE + "']"))
                .getAttribute("class").replace("ad-band-row-", "");
        assertThat(band).isIn("good", "fair", "poor");
        WebElement binhPhuoc = browser.findElement(By.cssSelector("#province-map path.ad-unit-" + PROVINCE));
        assertThat(binhPhuoc.getAttribute("class")).contains("ad-band-" + band);
        // the legend's swatch of the class: Leaflet's own fill (white here) would differ
        assertThat(binhPhuoc.getCssValue("fill")).isNotEqualTo("rgb(255, 255, 255)")
                .isEqualTo(browser.findElement(By.cssSelector(".ad-legend span.ad-band-" + band)).getCssValue("fill"));
        assertThat(browser.findElements(By.cssSelector("#tile-map rect"))).hasSize(3);
    }

    /** The chart library has drawn both lines on the canvas: it holds data points and is no longer blank. */
    private void assertChartDrawn() {
        new WebDriverWait(browser, WAIT).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('trend-chart'));")));
        Number points = (Number) browser.executeScript("""
                return Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data
                    .filter(v => v !== null).length;""");
        assertThat(points.intValue()).isEqualTo(7);
        Object painted = browser.executeScript("""
                const canvas = document.getElementById('trend-chart');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
                return painted;""");
        assertThat(((Number) painted).intValue()).isGreaterThan(1000);
    }

    /**
     * Seven days of smartphones (two operators) and installs in the first commune of each district, coverage
     * spread from 20 % to 80 % and growing each day; returns the district that ends lowest.
     */
    private String weekOfFigures(TestHttp.Token department, List<AdministrativeUnit> districts) {
        var smartphones = new StringBuilder("mã đơn vị,ngày,nhà mạng,số smartphone\n");
        var installs = new StringBuilder("mã đơn vị,ngày,số cài đặt\n");
        LocalDate today = adoption.today();
        List<String> communes = new ArrayList<>();
        for (AdministrativeUnit district : districts) {
            communes.add(units.children(district.code()).getFirst().code());
        }
        for (int i = 0; i < communes.size(); i++) {
            for (int d = 7; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                smartphones.append(communes.get(i)).append(',').append(day).append(",Viettel,700\n");
                smartphones.append(communes.get(i)).append(',').append(day).append(",VinaPhone,300\n");
                installs.append(communes.get(i)).append(',').append(day).append(',')
                        .append(200 + i * 600 / Math.max(1, communes.size() - 1) - d * 5).append('\n');
            }
        }
        for (var upload : Map.of("smartphones", smartphones, "installs", installs).entrySet()) {
            TestHttp.Response response = http().post("/api/v1/units/" + PROVINCE + "/" + upload.getKey())
                    .bearer(department.token()).raw("text/csv", upload.getValue().toString()).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        return districts.getFirst().code();
    }

}
