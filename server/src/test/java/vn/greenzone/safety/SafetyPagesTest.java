package vn.greenzone.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** The pages' refusals: shown on the form in the reader's language with a fitting status, nothing stored. */
class SafetyPagesTest extends SafetyFixtures {

    @Test
    void theOwnersFormKeepsTheAnswersAndSaysWhatIsWrong() {
        TestHttp.Token owner = owner();
        long market = venue(owner, "Chợ Sáng Tân Phú", "MARKET", COMMUNE, uniqueAddress());
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(owner.personId()));
        TestHttp.Response page = http().get("/venues/" + market + "/safety?lang=en").session(browser.session()).html()
                .send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Not assessed").contains("Everyone entering checks in by QR");

        var form = new HashMap<>(Map.of("_csrf", page.csrfToken(), "a-checkin", "2", "a-masks", "1", "a-distance", "1",
                "a-handwash", "2", "a-capacity", "1", "a-cleaning", "5"));
        TestHttp.Response refused = http().post("/venues/" + market + "/safety?lang=en").session(browser.session())
                .html().form(form).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("must be 0 (not met), 1 (partly met) or 2 (met).")
                .containsPattern("id=\"a-checkin-2\"[^>]*checked").doesNotContain("Exception");
        form.remove("a-cleaning");
        assertThat(http().post("/venues/" + market + "/safety?lang=en").session(browser.session()).html().form(form)
                .send().body()).contains("Answer every criterion");
        assertThat(jdbc.sql("select count(*) from safety_assessment where venue_id = :v").param("v", market)
                .query(Long.class).single()).isZero();

        form.put("a-cleaning", "1");
        TestHttp.Response saved = http().post("/venues/" + market + "/safety").session(browser.session()).html()
                .form(form).send();
        assertThat(saved.status()).isEqualTo(302);
        assertThat(http().get(saved.location() + "&lang=en").session(browser.session()).html().send().body())
                .contains("Assessment recorded.").contains("Yellow – at risk");

        long restaurant = venue(owner, "Quán Cơm Tân Phú", "RESTAURANT", COMMUNE, uniqueAddress());
        assertThat(http().get("/venues/" + restaurant + "/safety").session(browser.session()).html().send().body())
                .contains("id=\"no-criteria\"").doesNotContain("id=\"assessment\"");
        TestHttp.Browser stranger = http().signInBrowser(TestHttp.randomPhone());
        assertThat(http().get("/venues/" + market + "/safety").session(stranger.session()).html().send().status())
                .isEqualTo(403);
        assertThat(http().get("/safety").session(stranger.session()).html().send().status())
                .as("a citizen is no official").isEqualTo(403);
    }

    @Test
    void aNonImagePhotoOnTheInspectorsFormRecordsNothing() {
        TestHttp.Token owner = owner();
        long school = venue(owner, "Trường Mầm non Tân Phú", "SCHOOL", COMMUNE, uniqueAddress());
        TestHttp.Token inspector = official(Role.INSPECTOR, DISTRICT);
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(inspector.personId()));
        TestHttp.Response page = http().get("/safety/venues/" + school).session(browser.session()).html().send();
        assertThat(page.status()).isEqualTo(200);

        var fields = new HashMap<String, String>(Map.of("_csrf", page.csrfToken(), "verdict", "RED"));
        for (String key : new String[] {"masks", "handwash", "temperature", "distance", "isolation-room", "cleaning"}) {
            fields.put("f-" + key, "0");
        }
        TestHttp.Response refused = upload(browser, "/safety/venues/" + school + "/inspections?lang=en", fields, "photo",
                "anh.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body()).contains("Only JPEG or PNG photos are accepted.")
                .containsPattern("id=\"f-masks-0\"[^>]*checked");
        assertThat(jdbc.sql("select count(*) from safety_inspection where venue_id = :v").param("v", school)
                .query(Long.class).single()).as("neither planned nor recorded").isZero();

        TestHttp.Response recorded = upload(browser, "/safety/venues/" + school + "/inspections", fields, "photo",
                "anh.png", PNG);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(302);
        assertThat(jdbc.sql("select verdict from safety_inspection where venue_id = :v and photo is not null")
                .param("v", school).query(String.class).single()).isEqualTo("RED");
    }

    @Test
    void aRegistryFileWithNoAcceptableRowIsRefusedOnThePage() {
        TestHttp.Token inspector = official(Role.INSPECTOR, DISTRICT);
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(inspector.personId()));
        TestHttp.Response page = http().get("/safety/registry").session(browser.session()).html().send();
        assertThat(page.status()).isEqualTo(200);
        long before = jdbc.sql("select count(*) from safety_registry_import").query(Long.class).single();
        TestHttp.Response refused = upload(browser, "/safety/registry?unit=" + DISTRICT, Map.of("_csrf", page.csrfToken()),
                "file", "list.csv", "ten,dia chi,ma don vi,nganh\nA,Số 1,99999,Bán lẻ\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Không nhập được dòng nào. Dòng 2:").doesNotContain("id=\"import-result\"");
        assertThat(jdbc.sql("select count(*) from safety_registry_import").query(Long.class).single()).isEqualTo(before);
    }

    /** A multipart form post as a browser sends a form with a file. */
    private TestHttp.Response upload(TestHttp.Browser browser, String path, Map<String, String> fields, String fileField,
            String fileName, byte[] content) {
        String boundary = "----greenzone" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http().post(path).session(browser.session()).html()
                .bytes("multipart/form-data; boundary=" + boundary, body.toByteArray()).send();
    }
}
