package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.QrCodes;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The whole story as newcomers live it: an owner registers a venue and prints its poster; a visitor's
 * phone camera opens the poster, they sign in and check in; the owner watches the live list; staff scan
 * a personal QR from the visitor's screen; a health official makes the venue privileged and the owner
 * then sees visitors in full, each view audited.
 */
class VenueCheckinBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** The owner works at a desk. */
    @Override
    int[] viewport() {
        return new int[] {1280, 900};
    }

    @Test
    void registerPrintCheckInWatchScanAndSeeInFullOnlyWhenPrivileged() throws Exception {
        String ownerPhone = TestHttp.randomPhone();
        signIn(ownerPhone);

        // The owner registers a hospital in Phường Tân Phú.
        browser.get(url("/venues/new"));
        browser.findElement(By.id("name")).sendKeys("Bệnh viện Đa khoa Tân Phú");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByValue("HOSPITAL");
        pickUnit("unitCode", 0, "Tỉnh Bình Phước");
        pickUnit("unitCode", 1, "Thành phố Đồng Xoài");
        pickUnit("unitCode", 2, "Phường Tân Phú");
        browser.findElement(By.id("address")).sendKeys("Số " + System.nanoTime() % 100000 + " Phú Riềng Đỏ");
        browser.findElement(By.id("contactPhone")).sendKeys(ownerPhone);
        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("registered"));
        String venuePath = URI.create(browser.getCurrentUrl()).getPath();
        long venueId = Long.parseLong(venuePath.substring("/venues/".length()));
        Browser.screenshot(browser, "venue-registered");

        // The poster as printed: the PDF's QR, read as a camera reads paper.
        String pdfHref = browser.findElement(By.id("poster-pdf")).getAttribute("href");
        byte[] pdf = download(pdfHref, browser.manage().getCookieNamed(TestHttp.SESSION_COOKIE).getValue());
        String posterUrl = QrCodes.decode(QrCodes.renderFirstPage(pdf, 100)).getText();
        assertThat(posterUrl).contains("/c/");
        String posterPath = posterUrl.substring(posterUrl.indexOf("/c/"));

        // The owner keeps the live list open.
        browser.get(url("/venues/" + venueId + "/live"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.id("feed-state"), "data-connected", "true"));

        // A visitor's phone opens the poster, signs in with a code and checks in with one tap.
        ChromeDriver phone = Browser.start(360, 800);
        try {
            String visitorPhone = TestHttp.randomPhone();
            phone.get(url(posterPath));
            assertThat(phone.findElement(By.id("venue-name")).getText()).isEqualTo("Bệnh viện Đa khoa Tân Phú");
            phone.findElement(By.id("phone")).sendKeys(visitorPhone);
            phone.findElement(By.id("send-code")).click();
            Browser.waitForPath(phone, "/login/code");
            phone.findElement(By.id("code")).sendKeys(http().latestCode(visitorPhone));
            phone.findElement(By.id("verify")).click();
            Browser.waitForPath(phone, posterPath);
            phone.findElement(By.id("check-in")).click();
            new WebDriverWait(phone, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("mark")));
            assertThat(phone.findElement(By.id("mark")).getAttribute("class")).contains("mark-in");
            assertThat(phone.findElement(By.id("venue-name")).getText()).isEqualTo("Bệnh viện Đa khoa Tân Phú");
            Browser.screenshot(phone, "checked-in-360px");

            // The owner's list shows the visit as it happens, masked.
            String masked = visitorPhone.substring(0, 2) + "******" + visitorPhone.substring(8);
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-list"), masked));
            assertThat(browser.findElement(By.id("live-list")).getText()).doesNotContain(visitorPhone).contains("Tự quét");
            Browser.screenshot(browser, "live-list-masked");

            // The visitor declares a child and shows the child's QR on the phone screen.
            phone.get(url("/me"));
            phone.findElement(By.id("fullName")).sendKeys("Ngô Văn Tuấn");
            phone.findElement(By.id("save")).click();
            Browser.waitForPath(phone, "/me?saved");
            phone.get(url("/me/dependants"));
            phone.findElement(By.id("fullName")).sendKeys("Ngô Thị Bé");
            phone.findElement(By.id("birthDate")).sendKeys("03022018");
            phone.findElement(By.id("add-dependant")).click();
            phone.get(url("/me/qr"));
            phone.findElement(By.linkText("Ngô Thị Bé")).click();
            new WebDriverWait(phone, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("qr-name"), "Ngô Thị Bé"));
            Path screen = Browser.screenshot(phone, "dependant-qr-360px");
            String childQr = QrCodes.decode(ImageIO.read(screen.toFile())).getText();

            // Staff scan it (the camera's reading arrives in the same field a USB reader types into).
            browser.get(url("/venues/" + venueId + "/scan"));
            browser.findElement(By.id("qr")).sendKeys(childQr);
            browser.findElement(By.id("record-scan")).click();
            assertThat(browser.findElement(By.id("scan-result")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("scanned-name")).getText()).isEqualTo("NGO T** B*");
            Browser.screenshot(browser, "staff-scan");
            assertThat(jdbc.sql("select count(*) from checkin where venue_id = :v and method = 'STAFF' and dependant_id is not null")
                    .param("v", venueId).query(Long.class).single()).isEqualTo(1);

            // A health official makes the hospital privileged: the owner now sees visitors in full, audited.
            TestHttp.Token official = http().signInApi(TestHttp.randomPhone());
            http().grant(official.personId(), Role.CONTACT_TRACER, "689");
            assertThat(http().post("/api/v1/venues/" + venueId + "/privilege").bearer(official.token()).send().status())
                    .isBetween(200, 204);
            long ownerId = jdbc.sql("select id from person where phone = :p").param("p", TestHttp.international(ownerPhone))
                    .query(Long.class).single();
            long auditedBefore = audited(ownerId);
            browser.get(url("/venues/" + venueId + "/live"));
            assertThat(browser.findElement(By.id("privileged")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("live-list")).getText()).contains(visitorPhone).contains("Ngô Thị Bé");
            assertThat(audited(ownerId)).isGreaterThan(auditedBefore);
            Browser.screenshot(browser, "live-list-privileged");
        } finally {
            phone.quit();
        }
    }

    private long audited(long viewerId) {
        return jdbc.sql("select count(*) from audit_entry where viewer_id = :v and purpose = 'venue-control'")
                .param("v", viewerId).query(Long.class).single();
    }

    private static byte[] download(String href, String session) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", TestHttp.SESSION_COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("pdf"));
        return response.body();
    }
}
