package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.QrCodes;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.identity.Role;

/**
 * Issue 9's declaration stories on phones: a resident declares for themself and for their child in a few taps
 * (the form comes prefilled); the child's symptom shows at once on the list of the commune's health official;
 * staff scanning the resident see "declared", and "not declared" for someone who has not where the venue
 * requires it. And a border checkpoint's staff declare entry for a traveller from the traveller's QR.
 */
class DeclarationBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String COMMUNE = CheckinFixtures.COMMUNE;

    @Test
    void aResidentDeclaresForThemselfAndTheirChildTheFeverReachesTheCommuneOfficialAndStaffSeeDeclared() throws Exception {
        String phone = TestHttp.randomPhone();
        long childId = residentWithChild(phone, "Đoàn Thị Mẹ", "Đoàn Bé Sốt");
        signIn(phone);

        // From the menu to a sent daily declaration: the address is all a first declaration asks for.
        openFromMenu("Khai báo y tế");
        Browser.waitForPath(browser, "/declarations");
        assertThat(browser.findElement(By.id("door-status")).getText()).isEqualTo("Chưa khai báo y tế trong 24 giờ qua");
        assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Đoàn Thị Mẹ");
        assertThat(browser.findElement(By.id("unitCode")).getAttribute("value")).as("from the profile").isEqualTo(COMMUNE);
        browser.findElement(By.id("street")).sendKeys("Số 12 đường Trường Chinh");
        assertFitsTheScreen();
        Browser.screenshot(browser, "declaration-first-360px");
        browser.findElement(By.id("send-declaration")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("declared="));
        assertThat(browser.findElement(By.id("declared")).getText()).isEqualTo("Đã gửi tờ khai. Cảm ơn bạn!");
        assertThat(browser.findElement(By.id("door-status")).getAttribute("class")).contains("door-declared");
        assertThat(browser.findElement(By.id("door-status")).getText()).startsWith("Đã khai báo y tế lúc");

        // The child: one tap to choose them, the address comes from the mother's declaration, one tick, send.
        browser.findElement(By.id("holder-" + childId)).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("dependant=" + childId));
        assertThat(browser.findElement(By.id("personal")).getAttribute("open")).as("nothing to fill in").isNull();
        assertThat(browser.findElement(By.id("personal-summary")).getText()).contains("Đoàn Bé Sốt").contains("2019")
                .contains("Phường Tân Phú");
        browser.findElement(By.cssSelector("label:has(#symptoms-fever)")).click();
        browser.findElement(By.id("send-declaration")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("flagged="));
        String childsDeclaration = browser.getCurrentUrl().replaceAll(".*flagged=(\\d+).*", "$1");
        assertThat(browser.findElement(By.id("declared-flagged")).getText()).startsWith("Đã gửi tờ khai. Cán bộ y tế");
        assertThat(browser.findElement(By.id("door-status")).getAttribute("class")).contains("door-flagged");
        assertThat(browser.findElements(By.cssSelector("#history li"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#history li")).getText()).contains("Đoàn Bé Sốt").contains("Sốt")
                .contains("Người giám hộ khai hộ");
        assertFitsTheScreen();

        // The same page in English still fits the phone.
        browser.get(url("/declarations?kind=DOMESTIC_TRAVEL&lang=en"));
        assertThat(browser.findElement(By.id("door-status")).getText()).startsWith("Health declaration made at");
        assertThat(browser.findElement(By.id("travel")).getText()).contains("The journey");
        assertFitsTheScreen();
        Browser.screenshot(browser, "declaration-travel-en-360px");

        // The commune's health official, on their own phone, finds the child on the list at once.
        TestHttp.Token official = http().signInApi(TestHttp.randomPhone());
        http().grant(official.personId(), Role.CONTACT_TRACER, COMMUNE);
        ChromeDriver officialsPhone = Browser.start(360, 800);
        try {
            signIn(officialsPhone, http().nationalPhone(official.personId()));
            openFromMenu(officialsPhone, "Khai báo cần theo dõi");
            Browser.waitForPath(officialsPhone, "/declarations/flagged");
            WebElement child = officialsPhone.findElement(By.cssSelector("#flagged li[data-id='" + childsDeclaration + "']"));
            assertThat(child.findElement(By.className("flagged-name")).getText()).isEqualTo("DOAN B* S**");
            assertThat(child.findElement(By.className("flagged-symptoms")).getText()).isEqualTo("Sốt");
            assertThat(child.getText()).contains("sinh năm 2019").contains("Người phụ thuộc").doesNotContain("Trường Chinh");
            assertFitsTheScreen(officialsPhone, 360);
            Browser.screenshot(officialsPhone, "declaration-flagged-360px");
            officialsPhone.get(url("/declarations/flagged?lang=en"));
            assertThat(officialsPhone.findElement(By.cssSelector("#flagged li[data-id='" + childsDeclaration + "']"))
                    .getText()).contains("born 2019").contains("Fever").contains("Dependant");
            assertFitsTheScreen(officialsPhone, 360);
        } finally {
            officialsPhone.quit();
        }

        // The resident's QR page says "declared" under the code; a market that requires a declaration scans it.
        browser.get(url("/me/qr?lang=vi"));
        assertThat(browser.findElement(By.cssSelector("#qr-code .holder-status")).getText()).startsWith("Đã khai báo y tế lúc");
        String residentsCode = QrCodes.decode(ImageIO.read(Browser.screenshot(browser, "declaration-qr-360px").toFile()))
                .getText();
        TestHttp.Token staff = http().signInApi(TestHttp.randomPhone());
        long market = market(staff);
        ChromeDriver staffPhone = Browser.start(360, 800);
        try {
            signIn(staffPhone, http().nationalPhone(staff.personId()));
            staffPhone.get(url("/venues/" + market));
            staffPhone.findElement(By.id("toggle-declaration-required")).click();
            new WebDriverWait(staffPhone, WAIT).until(ExpectedConditions.urlContains("declarationRequired"));
            staffPhone.get(url("/venues/" + market + "/scan"));
            staffPhone.findElement(By.id("qr")).sendKeys(residentsCode);
            staffPhone.findElement(By.id("record-scan")).click();
            WebElement declared = staffPhone.findElement(By.id("scanned-declaration"));
            assertThat(declared.getText()).startsWith("Đã khai báo y tế lúc");
            assertThat(declared.getAttribute("class")).contains("door-declared");
            assertFitsTheScreen(staffPhone, 360);
            Browser.screenshot(staffPhone, "declaration-scan-declared-360px");

            staffPhone.findElement(By.id("qr")).sendKeys(personalQr(http().signInApi(TestHttp.randomPhone()), "Tạ Văn Chưa"));
            staffPhone.findElement(By.id("record-scan")).click();
            // The first scan's answer is on the page until the second one replaces it.
            new WebDriverWait(staffPhone, WAIT).ignoring(StaleElementReferenceException.class).until(
                    ExpectedConditions.attributeContains(By.id("scanned-declaration"), "class", "door-missing-required"));
            assertThat(staffPhone.findElement(By.id("scanned-declaration")).getText())
                    .isEqualTo("Chưa khai báo y tế: nơi này yêu cầu khai báo trong ngày");
        } finally {
            staffPhone.quit();
        }
    }

    @Test
    void aBorderCheckpointsStaffDeclareEntryForATravellerFromTheirCode() {
        TestHttp.Token traveller = http().signInApi(TestHttp.randomPhone());
        String code = personalQr(traveller, "Lý Thị Nhập");
        TestHttp.Token staff = http().signInApi(TestHttp.randomPhone());
        long gate = checkpoint(staff);
        signIn(http().nationalPhone(staff.personId()));

        browser.get(url("/venues/" + gate));
        browser.findElement(By.id("declare-for-traveller")).click();
        Browser.waitForPath(browser, "/venues/" + gate + "/declare");
        assertFitsTheScreen();
        browser.findElement(By.cssSelector("label:has(#kind-ENTRY)")).click();
        browser.findElement(By.id("qr")).sendKeys(code);
        browser.findElement(By.id("find-traveller")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-form")));
        assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).as("from the code").isEqualTo("LY THI NHAP");
        assertThat(browser.findElement(By.id("birthYear")).getAttribute("value")).isEqualTo("1991");
        pickUnit("unitCode", 0, "Tỉnh Bình Phước");
        pickUnit("unitCode", 1, "Thành phố Đồng Xoài");
        pickUnit("unitCode", 2, "Phường Tân Phú");
        browser.findElement(By.id("street")).sendKeys("Khu cách ly tập trung Đồng Xoài");
        browser.findElement(By.id("borderGate")).sendKeys("Cửa khẩu quốc tế Hoa Lư");
        new Select(browser.findElement(By.id("entryCountries"))).selectByValue("KH");
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("entryDate")),
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        new Select(browser.findElement(By.id("testResult"))).selectByValue("NEGATIVE");
        assertFitsTheScreen();
        browser.findElement(By.id("send-declaration")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("declared"));
        assertThat(browser.findElement(By.id("checkpoint-declared")).getText()).isEqualTo("Đã ghi nhận tờ khai của hành khách.");
        var row = jdbc.sql("select made_as, venue_id, border_gate from declaration where person_id = :p")
                .param("p", traveller.personId()).query().singleRow();
        assertThat(row).containsEntry("made_as", "CHECKPOINT_STAFF").containsEntry("venue_id", gate)
                .containsEntry("border_gate", "Cửa khẩu quốc tế Hoa Lư");

        // The desk in English, for the next traveller, with a fresh code from their phone.
        browser.get(url("/venues/" + gate + "/declare?lang=en"));
        assertThat(browser.findElement(By.id("find-traveller")).getText()).isEqualTo("Continue");
        assertFitsTheScreen();
        browser.findElement(By.id("qr")).sendKeys(personalQr(traveller, "Lý Thị Nhập"));
        browser.findElement(By.id("find-traveller")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("checkpoint-form")));
        assertThat(browser.findElement(By.id("travel")).getText()).contains("The journey").contains("Means of transport");
        assertFitsTheScreen();
        Browser.screenshot(browser, "declaration-checkpoint-en-360px");
    }

    /** A named person's on-screen personal QR, through the API. */
    private String personalQr(TestHttp.Token token, String name) {
        TestHttp.Response saved = http().put("/api/v1/me").bearer(token.token())
                .json(Map.of("fullName", name, "birthDate", "1991-03-04", "gender", "FEMALE")).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return http().get("/api/v1/me/qr").bearer(token.token()).send().json().path("text").asString();
    }

    /** A market in Phường Tân Phú owned by {@code owner}; returns its id. */
    private long market(TestHttp.Token owner) {
        return venue(owner, "Chợ Tân Phú", "MARKET");
    }

    /** A border checkpoint a health official made privileged, owned by {@code owner}; returns its id. */
    private long checkpoint(TestHttp.Token owner) {
        long id = venue(owner, "Chốt kiểm dịch Hoa Lư", "CHECKPOINT");
        TestHttp.Token official = http().signInApi(TestHttp.randomPhone());
        http().grant(official.personId(), Role.CONTACT_TRACER, CheckinFixtures.DISTRICT);
        assertThat(http().post("/api/v1/venues/" + id + "/privilege").bearer(official.token()).send().status())
                .isEqualTo(200);
        return id;
    }

    private long venue(TestHttp.Token owner, String name, String category) {
        TestHttp.Response created = http().post("/api/v1/venues").bearer(owner.token()).json(Map.of("name", name,
                "category", category, "unitCode", COMMUNE, "address", "Số " + System.nanoTime() % 1_000_000_000
                        + " Quốc lộ 14", "contactPhone", http().nationalPhone(owner.personId()))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** A resident of Phường Tân Phú with a profile and a child, through the API; returns the child's id. */
    private long residentWithChild(String phone, String name, String child) {
        TestHttp.Token token = http().signInApi(phone);
        TestHttp.Response saved = http().put("/api/v1/me").bearer(token.token()).json(Map.of("fullName", name,
                "birthDate", "1988-09-02", "gender", "FEMALE", "residenceUnit", COMMUNE)).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        TestHttp.Response added = http().post("/api/v1/me/dependants").bearer(token.token())
                .json(Map.of("fullName", child, "birthDate", "2019-05-20", "gender", "MALE", "relationship", "con trai"))
                .send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }
}
