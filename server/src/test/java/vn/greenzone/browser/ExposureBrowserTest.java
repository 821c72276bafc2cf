package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.TestHttp;
import vn.greenzone.exposure.internal.KeyExports;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.identity.Role;
import vn.greenzone.simulator.CrowdSimulation;
import vn.greenzone.simulator.HttpKeyServer;
import vn.greenzone.simulator.KeyServer;

/**
 * Issue 11's story: a contact tracer issues an upload code on the case page in Chromium; a simulated phone
 * uploads its keys with it over HTTP; after the export job, the other simulated phones download the signed
 * files, verify them with the published key and find their exposures.
 */
class ExposureBrowserTest extends BrowserTest {

    private static final int CASES = 3;
    private static final int DAYS = 7;
    /** Path, then '#' and the link code. */
    private static final Pattern SHARE_LINK = Pattern.compile("https?://[^/\\s]+(/exposure/share)#([A-Za-z0-9_-]+)");

    @Autowired
    KeyExports exports;

    @Test
    void aTracerIssuesACodeAndThePhonesFindTheExposure() {
        TestHttp.Token tracer = http().signInApi(TestHttp.randomPhone());
        http().grant(tracer.personId(), Role.CONTACT_TRACER, "689");
        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(DAYS);
        List<Long> caseIds = new ArrayList<>();
        List<String> patientPhones = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            TestHttp.Token patient = http().signInApi(TestHttp.randomPhone());
            patientPhones.add(http().nationalPhone(patient.personId()));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            var body = new HashMap<String, Object>(Map.of("phone", http().nationalPhone(patient.personId()), "unitCode",
                    "25195", "sampleDate", today.toString(), "onsetDate", firstDay.plusDays(1).toString(),
                    "isolationDate", today.toString()));
            TestHttp.Response created = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            caseIds.add(created.json().path("id").asLong());
        }

        signIn(http().nationalPhone(tracer.personId()));
        browser.get(url("/tracing/cases/" + caseIds.getFirst() + "?lang=en"));
        browser.findElement(By.id("issue-exposure-code")).click();
        Browser.waitForPath(browser, "/tracing/cases/" + caseIds.getFirst() + "/exposure-code");
        assertFitsTheScreen();
        browser.findElement(By.id("issue-code")).click();
        String code = browser.findElement(By.id("upload-code")).getText();
        assertThat(code).matches("\\d{8}");
        assertThat(browser.findElement(By.id("code-sent")).getText()).isEqualTo("Sent by SMS to the case's phone.");
        assertFitsTheScreen();
        Browser.screenshot(browser, "exposure-code-en-360px");
        browser.get(url("/tracing/cases/" + caseIds.getFirst() + "/exposure-code?lang=vi"));
        assertThat(browser.findElement(By.id("issue-code")).getText()).isEqualTo("Cấp mã");
        assertFitsTheScreen();

        List<String> codes = new ArrayList<>(List.of(code));
        for (long caseId : caseIds.subList(1, CASES)) {
            codes.add(http().post("/api/v1/cases/" + caseId + "/exposure-codes").bearer(tracer.token())
                    .json(Map.of("testType", "CONFIRMED")).send().json().path("code").asText());
        }
        var crowd = new CrowdSimulation(60, 6, 5, firstDay, DAYS, CASES);
        var server = new HttpKeyServer("http://localhost:" + port, codes::get, Duration.ofSeconds(5));
        CrowdSimulation.Outcome outcome = crowd.run(new KeyServer() {
            @Override
            public void publish(int phone, List<TemporaryExposureKey> keys) {
                server.publish(phone, keys);
            }

            @Override
            public Downloaded download() {
                assertThat(exports.exportDue()).isNotEmpty();
                return server.download();
            }
        });
        assertThat(outcome.contacts()).isNotEmpty();
        assertThat(outcome.recall()).as("every close contact finds the exposure").isEqualTo(1.0);
        assertThat(outcome.warned()).isEqualTo(crowd.run().warned());

        // Another code for the first case: its SMS's link, opened on a phone, offers the app a code that works.
        assertThat(http().post("/api/v1/cases/" + caseIds.getFirst() + "/exposure-codes").bearer(tracer.token())
                .json(Map.of("testType", "CONFIRMED")).send().status()).isEqualTo(201);
        theTextedLinkHandsItsCodeToTheApp(patientPhones.getFirst());
    }

    /** The case opens the SMS's link on a phone without the app: the page offers it the link's code, which works. */
    private void theTextedLinkHandsItsCodeToTheApp(String patientPhone) {
        String sms = http().latestSms(patientPhone);
        Matcher link = SHARE_LINK.matcher(sms);
        assertThat(link.find()).as("a share link in %s", sms).isTrue();
        browser.manage().deleteAllCookies();
        browser.get(url(link.group(1) + "?lang=en#" + link.group(2)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Share your exposure keys");
        WebElement open = browser.findElement(By.id("open-app"));
        assertThat(open.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("no-link-code")).isDisplayed()).isFalse();
        assertThat(open.getAttribute("href")).isEqualTo("greenzone://exposure/share?c=" + link.group(2));
        assertFitsTheScreen();
        Browser.screenshot(browser, "exposure-share-en-360px");
        browser.get(url(link.group(1) + "?lang=vi"));
        assertThat(browser.findElement(By.id("open-app")).isDisplayed()).as("no code, no app link").isFalse();
        assertThat(browser.findElement(By.id("no-link-code")).getText()).startsWith("Đường dẫn này không đầy đủ");
        assertFitsTheScreen();
        TestHttp.Response verified = http().post("/api/v1/exposure/verify").json(Map.of("code", link.group(2))).send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    }
}
