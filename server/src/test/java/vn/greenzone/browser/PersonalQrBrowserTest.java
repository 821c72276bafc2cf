package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.QrCodes;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.PersonalQrCodes;
import vn.greenzone.identity.ScannedQr;

/** A phone's screen at 360 px: the personal QR on it is read back by a camera (ZXing) as this person. */
class PersonalQrBrowserTest extends BrowserTest {

    @Autowired
    PersonalQrCodes codes;

    @Test
    void theCodeOnA360PixelScreenScansAsThisPerson() throws Exception {
        String phone = TestHttp.randomPhone();
        signIn(phone);
        browser.get(url("/me"));
        browser.findElement(By.id("fullName")).sendKeys("Phan Thị Quỳnh");
        browser.findElement(By.id("idNumber")).sendKeys("079190888777");
        browser.findElement(By.id("save")).click();
        Browser.waitForPath(browser, "/me?saved");
        long personId = jdbc.sql("select id from person where phone = :phone").param("phone", TestHttp.international(phone))
                .query(Long.class).single();

        browser.get(url("/me/qr"));
        assertThat(browser.findElement(By.id("qr-id-masked")).getText()).isEqualTo("******888777");
        assertThat(browser.findElement(By.id("qr-id-full")).isDisplayed()).isFalse();
        Path screenshot = Browser.screenshot(browser, "personal-qr-360px");

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(360);
        ScannedQr scanned = codes.read(QrCodes.decode(image).getText());
        assertThat(scanned.source()).isEqualTo(ScannedQr.Source.SCREEN);
        assertThat(scanned.personId()).isEqualTo(personId);
        assertThat(scanned.fullName()).isEqualTo("PHAN THI QUYNH");

        browser.findElement(By.id("qr-reveal")).click();
        assertThat(browser.findElement(By.id("qr-id-full")).getText()).isEqualTo("079190888777");
        assertThat(browser.findElement(By.id("qr-id-masked")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("qr-reveal")).getText()).isEqualTo("Che bớt");
    }
}
