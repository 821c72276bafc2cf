package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The declaration pages beyond the browser story: prefilled forms, refusals on the form in the reader's
 * language with what was typed, someone else's dependant, the officials' list and who may open it.
 */
class DeclarationPagesTest extends DeclarationFixtures {

    private Map<String, String> form(TestHttp.Response page) {
        var form = new HashMap<String, String>(Map.of("_csrf", page.csrfToken(), "kind", "DAILY", "fullName",
                "Lâm Thị Trang", "birthYear", "1990", "gender", "FEMALE", "nationality", "VN", "unitCode", COMMUNE,
                "street", "Số 9 đường Hùng Vương", "phone", "0912345678"));
        return form;
    }

    @Test
    void theFormIsPrefilledAndADeclarationTurnsTheStatusGreen() {
        TestHttp.Token resident = person("Lâm Thị Trang");
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(resident.personId()));
        TestHttp.Response page = http().get("/declarations").session(browser.session()).html().send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"Lâm Thị Trang\"").contains("value=\"1990\"")
                .contains("value=\"" + http().nationalPhone(resident.personId()) + "\"")
                .contains("Chưa khai báo y tế trong 24 giờ qua").contains("Chưa có lần khai báo nào.")
                .contains("id=\"symptoms-fever\"").doesNotContain("id=\"travel\"");

        TestHttp.Response sent = http().post("/declarations").session(browser.session()).html().form(form(page)).send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        assertThat(sent.location()).startsWith("/declarations?declared=").endsWith("&kind=DAILY");
        TestHttp.Response after = http().get(sent.location()).session(browser.session()).html().send();
        assertThat(after.body()).contains("Đã gửi tờ khai. Cảm ơn bạn!").contains("door-declared")
                .contains("Đã khai báo y tế lúc").contains("value=\"Số 9 đường Hùng Vương\"");
        TestHttp.Response home = http().get("/?lang=en").session(browser.session()).html().send();
        assertThat(home.body()).contains("id=\"home-declaration\"").contains("Health declaration made at")
                .contains("href=\"/declarations\"");
    }

    @Test
    void refusalsStayOnTheFormAsTypedInTheReadersLanguage() {
        TestHttp.Token resident = person("Lâm Văn Sai");
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(resident.personId()));
        TestHttp.Response page = http().get("/declarations?kind=DOMESTIC_TRAVEL&lang=en").session(browser.session())
                .html().send();
        assertThat(page.body()).contains("id=\"travel\"").contains("The journey");
        var travel = form(page);
        travel.putAll(Map.of("kind", "DOMESTIC_TRAVEL", "vehicle", "TRAIN", "vehicleNumber", "SE7", "departureUnit", "01",
                "arrivalUnit", "70", "departureDate", today().toString(), "arrivalDate", today().minusDays(2).toString()));
        TestHttp.Response refused = http().post("/declarations?lang=en").session(browser.session()).html().form(travel)
                .send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The arrival cannot be before the departure.").contains("value=\"SE7\"")
                .contains("id=\"travel\"").doesNotContain("Exception");
        travel.put("arrivalDate", "tomorrow");
        TestHttp.Response badDate = http().post("/declarations?lang=vi").session(browser.session()).html().form(travel)
                .send();
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("Ngày không hợp lệ.");
        assertThat(declarationsAbout("person_id", resident.personId())).isZero();

        long someoneElses = dependant(person("Người Khác"), "Con Người Khác");
        var forOther = form(page);
        forOther.put("dependant", Long.toString(someoneElses));
        assertThat(http().post("/declarations").session(browser.session()).html().form(forOther).send().status())
                .isEqualTo(404);
        assertThat(http().get("/declarations?dependant=" + someoneElses).session(browser.session()).html().send().status())
                .isEqualTo(404);
        assertThat(declarationsAbout("dependant_id", someoneElses)).isZero();
    }

    @Test
    void healthOfficialsSeeTheFlaggedListMaskedOrInFullAndOthersDoNot() {
        declared(person("Quách Thị Ho"), with(daily("Quách Thị Ho"), "symptoms", List.of("cough", "fever")));
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, COMMUNE);
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(officer.personId()));
        TestHttp.Response home = http().get("/").session(browser.session()).html().send();
        assertThat(home.body()).contains("href=\"/declarations/flagged\"");
        TestHttp.Response list = http().get("/declarations/flagged").session(browser.session()).html().send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body()).contains("Phường Tân Phú").contains("QUACH T** H*").contains("Ho, Sốt")
                .doesNotContain("Quách Thị Ho").doesNotContain("Số 5 đường");
        TestHttp.Response full = http().get("/declarations/flagged?full=true&lang=en").session(browser.session()).html()
                .send();
        assertThat(full.body()).contains("Quách Thị Ho").contains("Số 5 đường Phú Riềng Đỏ").contains("Cough, Fever")
                .contains("this view was written to the audit trail");
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v and purpose = 'declaration follow-up'")
                .param("v", officer.personId()).query(Long.class).single()).isPositive();

        TestHttp.Browser citizen = http().signInBrowser(TestHttp.randomPhone());
        assertThat(http().get("/declarations/flagged").session(citizen.session()).html().send().status()).isEqualTo(403);
        assertThat(http().get("/").session(citizen.session()).html().send().body())
                .doesNotContain("/declarations/flagged").contains("href=\"/declarations\"");
    }
}
