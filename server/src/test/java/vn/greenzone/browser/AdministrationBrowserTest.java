package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomPhone;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A national administrator makes a provincial administrator, who then runs their province. */
class AdministrationBrowserTest extends BrowserTest {

    @Override
    int[] viewport() {
        return new int[] {1200, 900};
    }

    @Test
    void nationalAdministratorGrantsAProvinceWhoseAdministratorSeesOnlyIt() {
        String national = randomPhone();
        jdbc.sql("insert into person (phone) values (:phone)").param("phone", international(national)).update();
        jdbc.sql("insert into role_grant (person_id, role, unit_code) select id, 'NATIONAL_ADMIN', 'VN' from person where phone = :phone")
                .param("phone", international(national)).update();
        String provincial = randomPhone();

        signIn(national);
        browser.findElement(By.linkText("Quản trị đơn vị")).click();
        Browser.waitForPath(browser, "/admin/units/VN");
        browser.get(url("/admin/units/70"));
        browser.findElement(By.id("grant-phone")).sendKeys(provincial);
        new Select(browser.findElement(By.id("grant-role"))).selectByVisibleText("Quản trị đơn vị");
        browser.findElement(By.cssSelector("form[action*='/roles'] button.primary")).click();
        Browser.waitForPath(browser, "/admin/units/70?granted");
        assertThat(browser.findElement(By.id("grants")).getText())
                .contains("Quản trị đơn vị").contains("Tỉnh Bình Phước").contains(provincial.substring(0, 2) + "******");
        browser.findElement(By.linkText("Hộp thư SMS")).click();
        Browser.waitForPath(browser, "/admin/outbox");
        assertThat(browser.findElement(By.id("outbox")).getText()).contains(international(national));
        Browser.screenshot(browser, "outbox-desktop");

        browser.findElement(By.cssSelector(".account button")).click();
        Browser.waitForPath(browser, "/");
        signIn(provincial);
        browser.findElement(By.linkText("Quản trị đơn vị")).click();
        Browser.waitForPath(browser, "/admin/units/70");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tỉnh Bình Phước");
        assertThat(browser.findElements(By.linkText("Hộp thư SMS"))).isEmpty();
        Browser.screenshot(browser, "admin-province-desktop");

        browser.get(url("/admin/units/01"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403").contains("Không có quyền");
    }
}
