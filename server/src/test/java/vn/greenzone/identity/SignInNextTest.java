package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.randomAddress;
import static vn.greenzone.TestHttp.randomPhone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp.Response;

/** Sign-in returns to the page that sent the visitor (the check-in page), and never to another site. */
class SignInNextTest extends IntegrationTest {

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
            "/c/AbC-123_x /c/AbC-123_x",
            "/me/qr?dependant=5 /me/qr?dependant=5",
            "https://evil.example /",
            "//evil.example /",
            "/\\evil.example /",
            "javascript:alert(1) /",
            "evil.example /"})
    void afterTheCodeTheBrowserGoesToTheNextPathOnlyWhenItIsLocal(String next, String expected) {
        String phone = randomPhone();
        String address = randomAddress();
        Response login = http().get("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).html().send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"next\" value=\"" + expected.replace("&", "&amp;") + "\"");
        String session = login.sessionCookie().orElseThrow();

        Map<String, String> form = new HashMap<>(Map.of("phone", phone, "_csrf", login.csrfToken(), "next", next));
        Response codePage = http().post("/login/code").from(address).html().session(session).form(form).send();
        assertThat(codePage.status()).as(codePage.toString()).isEqualTo(200);
        assertThat(codePage.body()).contains("name=\"next\" value=\"" + expected + "\"");

        form.putAll(Map.of("code", http().latestCode(phone), "_csrf", codePage.csrfToken()));
        Response verified = http().post("/login/verify").from(address).html().session(session).form(form).send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(302);
        assertThat(verified.location()).isEqualTo(expected);
        assertThat(verified.header("Location").orElseThrow()).doesNotContain("evil");
    }
}
