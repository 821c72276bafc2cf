package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;
import vn.greenzone.outreach.TestSmsc;
import vn.greenzone.outreach.internal.CampaignSender;

/**
 * The outreach story of issue 12 on a phone: a unit administrator creates a weekly campaign from the menu and
 * starts it; a node of the application bound over SMPP to an SMSC in this test sends it; a resident who had
 * replied TU CHOI gets nothing, and the page counts what happened. In Vietnamese, then in English.
 */
class CampaignBrowserTest extends BrowserTest {

    private TestSmsc smsc;
    private ConfigurableApplicationContext smppNode;

    @BeforeEach
    void smppGateway() throws Exception {
        smsc = new TestSmsc();
        smppNode = startAnotherNode("--greenzone.sms.gateway=smpp", "--greenzone.sms.smpp.port=" + smsc.port());
    }

    @AfterEach
    void stopGateway() throws Exception {
        smppNode.close();
        smsc.close();
    }

    @Test
    void aWeeklyCampaignSentThroughSmppReachesResidentsButNotOneWhoOptedOut() throws Exception {
        String unit = jdbc.sql("""
                        select g.code from geo_unit g
                        where g.level = (select max(level) from geo_unit)
                          and not exists (select 1 from person p where p.residence_unit = g.code)
                          and not exists (select 1 from campaign c where c.unit_code = g.code)
                        order by random() limit 1""").query(String.class).single();
        String hoa = resident(unit, "Đỗ Thị Hoa");
        String stopped = resident(unit, "Vũ Văn Không");
        TestHttp.Token admin = official(Role.UNIT_ADMIN, unit);
        smsc.reply(stopped, "TU CHOI");
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("select count(*) from sms_opt_out where recipient = :to")
                .param("to", stopped).query(Long.class).single() == 1);

        signIn(http().nationalPhone(admin.personId()));
        openFromMenu("Chiến dịch tin nhắn");
        Browser.waitForPath(browser, "/campaigns");
        browser.findElement(By.id("name")).sendKeys("Nhắc cài Greenzone");
        browser.findElement(By.id("templateVi")).clear();
        browser.findElement(By.id("templateVi")).sendKeys("Chào {ten}");
        browser.findElement(By.id("campaign-create")).click();
        assertThat(browser.findElement(By.id("error")).getText())
                .isEqualTo("Không có biến {ten} trong mẫu tin nhắn. Các biến dùng được: {link}, {name}.");
        assertFitsTheScreen();
        browser.findElement(By.id("templateVi")).clear();
        browser.findElement(By.id("templateVi")).sendKeys("Chào {name}, hãy cài Greenzone: {link}");
        browser.findElement(By.id("campaign-create")).click();
        Browser.waitForPath(browser, "/campaigns");
        browser.findElement(By.cssSelector(".campaign-start")).click();
        statusBecomes("Đang gửi");
        assertThat(browser.findElement(By.cssSelector(".count-QUEUED")).getText()).isEqualTo("2");

        assertThat(smppNode.getBean(CampaignSender.class).sendDue()).isEqualTo(1);
        assertThat(smsc.submittedTo(hoa)).singleElement().satisfies(sms ->
                assertThat(sms.text()).startsWith("Chào Đỗ Thị Hoa, hãy cài Greenzone: http://localhost:"));
        assertThat(smsc.submittedTo(stopped)).isEmpty();
        smsc.receipt(smsc.submittedTo(hoa).getFirst().messageId(), true);
        org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                "select count(*) from campaign_message where recipient = :to and status = 'DELIVERED'")
                .param("to", hoa).query(Long.class).single() == 1);

        // Hoa opens the stop link of her SMS on her phone: the page asks, the button opts her out.
        Matcher stopLink = Pattern.compile("http://\\S+/sms/stop/\\S+").matcher(smsc.submittedTo(hoa).getFirst().text());
        assertThat(stopLink.find()).isTrue();
        String link = stopLink.group();
        ChromeDriver phone = Browser.start(360, 800);
        try {
            phone.get(link);
            assertThat(phone.findElement(By.id("stop")).getText()).contains("Ngừng gửi tin nhắn thông báo")
                    .contains("******").doesNotContain(hoa.substring(3));
            assertFitsTheScreen(phone, 360);
            Browser.screenshot(phone, "sms-stop-360px");
            phone.findElement(By.id("stop-confirm")).click();
            assertThat(phone.findElement(By.id("stop-done")).getText()).contains("sẽ không nhận tin nhắn thông báo");
            phone.get(link + "?lang=en");
            assertThat(phone.findElement(By.id("stop-done")).getText()).contains("will get no more");
            assertFitsTheScreen(phone, 360);
            Browser.screenshot(phone, "sms-stop-en-360px");
        } finally {
            phone.quit();
        }
        assertThat(jdbc.sql("select via from sms_opt_out where recipient = :to").param("to", hoa).query(String.class)
                .single()).isEqualTo("LINK");

        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector(".count-DELIVERED")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector(".count-OPTED_OUT")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("campaign-list")).getText()).contains("Đã nhận").contains("Đã từ chối nhận")
                .contains("Hằng tuần");
        assertFitsTheScreen();
        fullPageScreenshot("campaigns-360px");

        browser.get(url("/campaigns?unit=" + unit + "&lang=en"));
        assertThat(browser.findElement(By.id("campaign-list")).getText()).contains("Delivered").contains("Opted out")
                .contains("Weekly");
        assertFitsTheScreen();
        fullPageScreenshot("campaigns-en-360px");
        browser.findElement(By.cssSelector(".campaign-pause")).click();
        statusBecomes("Paused");
    }

    /** Waits for the page after a button: the campaign's status reads {@code text}. */
    private void statusBecomes(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.cssSelector(".campaign-status"), text));
    }

    private String resident(String unit, String fullName) {
        String phone = TestHttp.international(TestHttp.randomPhone());
        jdbc.sql("insert into person (phone, full_name, residence_unit) values (:phone, :name, :unit)")
                .param("phone", phone).param("name", fullName).param("unit", unit).update();
        return phone;
    }
}
