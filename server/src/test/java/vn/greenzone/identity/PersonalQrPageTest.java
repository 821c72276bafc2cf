package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.randomPhone;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp.Browser;
import vn.greenzone.TestHttp.Response;

/** The QR, printed-code and dependants pages in a signed-in browser session. */
class PersonalQrPageTest extends IntegrationTest {

    private static String element(String body, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(body);
        assertThat(matcher.find()).as("element #%s in %s", id, body).isTrue();
        return matcher.group(1);
    }

    private Browser withProfile(String idNumber) {
        Browser browser = http().signInBrowser(randomPhone());
        Response saved = http().post("/me").html().session(browser.session()).form(Map.of("fullName", "Trịnh Công Sơn",
                "birthDate", "1990-02-28", "gender", "MALE", "idNumber", idNumber, "_csrf", browser.csrf())).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        return browser;
    }

    @Test
    void theQrPageMasksTheIdNumberAndBirthDateAndRefreshesEveryMinute() {
        Browser browser = withProfile("079090123456");
        Response page = http().get("/me/qr").html().session(browser.session()).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(element(page.body(), "qr-id-masked")).isEqualTo("******123456").doesNotContain("079090");
        assertThat(element(page.body(), "qr-birth-masked")).isEqualTo("**/**/1990");
        assertThat(element(page.body(), "qr-name")).isEqualTo("Trịnh Công Sơn");
        assertThat(page.body()).contains("<svg").contains("hx-trigger=\"every 60s\"").contains("hx-get=\"/me/qr/code\"")
                .contains("Có hiệu lực đến").contains("Hiện đầy đủ");

        Response fragment = http().get("/me/qr/code?lang=en").html().session(browser.session()).send();
        assertThat(fragment.status()).as(fragment.toString()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<section").contains("<svg").contains("Valid until")
                .doesNotContain("<html");
    }

    @Test
    void withoutANameThePageSaysToFillInTheProfile() {
        Browser browser = http().signInBrowser(randomPhone());
        Response page = http().get("/me/qr?lang=en").html().session(browser.session()).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(409);
        assertThat(page.body()).contains("Please fill in your full name in your profile (/me) to get your personal QR code.")
                .doesNotContain("<svg");
    }

    @Test
    void aDependantIsAddedPrintedAndRemovedThroughThePages() {
        Browser browser = withProfile("079090654321");
        Response refused = http().post("/me/dependants").html().session(browser.session()).form(Map.of(
                "fullName", "Trịnh Bé Út", "idNumber", "12", "relationship", "con trai", "_csrf", browser.csrf())).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(element(refused.body(), "error")).isEqualTo("Số giấy tờ tùy thân gồm 8 đến 12 chữ số hoặc chữ cái.");
        assertThat(refused.body()).as("the input is kept").contains("value=\"Trịnh Bé Út\"").contains("value=\"con trai\"");

        Response added = http().post("/me/dependants").html().session(browser.session()).form(Map.of(
                "fullName", "Trịnh Bé Út", "birthDate", "2018-10-10", "relationship", "con trai", "_csrf", browser.csrf())).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(302);
        long dependant = jdbc.sql("select id from dependant where full_name = 'Trịnh Bé Út' order by id desc limit 1")
                .query(Long.class).single();

        Response qr = http().get("/me/qr?dependant=" + dependant).html().session(browser.session()).send();
        assertThat(element(qr.body(), "qr-name")).isEqualTo("Trịnh Bé Út");
        assertThat(element(qr.body(), "qr-birth-masked")).isEqualTo("**/**/2018");

        Response printed = http().post("/me/qr/print").html().session(browser.session())
                .form(Map.of("dependant", Long.toString(dependant), "_csrf", browser.csrf())).send();
        assertThat(printed.status()).as(printed.toString()).isEqualTo(302);
        assertThat(printed.locationPath()).startsWith("/me/qr/print/");
        Response sheet = http().get(printed.locationPath()).html().session(browser.session()).send();
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        assertThat(element(sheet.body(), "qr-stamp")).isEqualTo("BẢN IN");
        assertThat(element(sheet.body(), "qr-name")).isEqualTo("Trịnh Bé Út");
        Response list = http().get("/me/qr/print").html().session(browser.session()).send();
        assertThat(list.body()).contains("Trịnh Bé Út").contains("Thu hồi");

        Response removed = http().post("/me/dependants/" + dependant + "/remove").html().session(browser.session())
                .form(Map.of("_csrf", browser.csrf())).send();
        assertThat(removed.status()).as(removed.toString()).isEqualTo(302);
        assertThat(http().get("/me/qr/print").html().session(browser.session()).send().body())
                .contains("Chưa có bản in nào.");
        assertThat(http().get(printed.locationPath()).html().session(browser.session()).send().status()).isEqualTo(404);
    }
}
