package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.identity.Role;

/**
 * Issue 9's declaration story on phones: a resident declares for themself and for their child in a few taps
 * (the form comes prefilled); the child's symptom shows at once on the list of the commune's health official.
 */
class DeclarationBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String COMMUNE = CheckinFixtures.COMMUNE;

    @Test
    void aResidentDeclaresForThemselfAndTheirChildAndTheChildsFeverReachesTheCommuneOfficial() {
        String phone = TestHttp.randomPhone();
        long childId = residentWithChild(phone, "Đoàn Thị Mẹ", "Đoàn Bé Sốt");
        signIn(phone);

        // From the menu to a sent daily declaration: the address is all a first declaration asks for.
        browser.findElement(By.linkText("Khai báo y tế")).click();
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
            officialsPhone.findElement(By.linkText("Khai báo cần theo dõi")).click();
            Browser.waitForPath(officialsPhone, "/declarations/flagged");
            WebElement child = officialsPhone.findElement(By.cssSelector("#flagged li[data-id='" + childsDeclaration + "']"));
            assertThat(child.findElement(By.className("flagged-name")).getText()).isEqualTo("DOAN B* S**");
            assertThat(child.findElement(By.className("flagged-symptoms")).getText()).isEqualTo("Sốt");
            assertThat(child.getText()).contains("sinh năm 2019").contains("Người phụ thuộc").doesNotContain("Trường Chinh");
            assertFitsTheScreen(officialsPhone, 360);
            Browser.screenshot(officialsPhone, "declaration-flagged-360px");
        } finally {
            officialsPhone.quit();
        }
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
