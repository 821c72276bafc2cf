package vn.greenzone.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The tracing pages beyond the browser story: a new person through the case form, refusals on the form with
 * their status and in the reader's language, who may open the pages, and the national administrator's unit.
 */
class TracingPagesTest extends TracingFixtures {

    @Test
    void aNewPersonIsRecordedThroughTheFormAndRefusalsStayOnTheFormInTheReadersLanguage() {
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Browser browser = http().signInBrowser(phoneOf(tracer));
        TestHttp.Response page = http().get("/tracing").session(browser.session()).html().send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"case-form\"").contains("Thành phố Đồng Xoài");

        var form = new HashMap<String, String>(Map.of("_csrf", page.csrfToken(), "by", "NEW", "newName", "Đinh Thị Mới",
                "newIdNumber", "079912345678", "newAddress", "Tổ 3, khu phố Tân Trà", "unitCode", COMMUNE,
                "sampleDate", today().toString(), "isolationDate", today().toString()));
        TestHttp.Response recorded = http().post("/tracing/cases").session(browser.session()).html().form(form).send();
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(302);
        assertThat(recorded.locationPath()).startsWith("/tracing/cases/");
        TestHttp.Response shown = http().get(recorded.locationPath()).session(browser.session()).html().send();
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.body()).contains("DINH T** M**").contains("Chưa đăng ký").contains("Không triệu chứng")
                .doesNotContain("Đinh Thị Mới").doesNotContain("Tổ 3");
        TestHttp.Response full = http().get(recorded.locationPath() + "?full=true").session(browser.session()).html().send();
        assertThat(full.body()).contains("Đinh Thị Mới").contains("Tổ 3, khu phố Tân Trà");

        // No such registered person: 404 on the form, in English when the reader reads English, as typed.
        form.putAll(Map.of("by", "PHONE", "lookup", "0999999999"));
        TestHttp.Response unknown = http().post("/tracing/cases?lang=en").session(browser.session()).html().form(form)
                .send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("id=\"case-form\"").contains("No registered person matches.")
                .contains("value=\"0999999999\"").doesNotContain("Exception");
        // A date the browser should not have sent.
        form.put("sampleDate", "03/12/2026");
        TestHttp.Response badDate = http().post("/tracing/cases?lang=vi").session(browser.session()).html().form(form)
                .send();
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("Ngày giờ không hợp lệ.");

        // A bulk decision with nobody chosen is refused beside the contacts.
        String caseId = recorded.locationPath().substring("/tracing/cases/".length());
        TestHttp.Response none = http().post("/tracing/cases/" + caseId + "/contacts/decisions").session(browser.session())
                .html().form(Map.of("_csrf", shown.csrfToken(), "decision", "CONFIRMED")).send();
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Hãy chọn ít nhất một người tiếp xúc.");
    }

    @Test
    void onlyOfficialsOfTheAreaOpenTheTracingPagesAndANationalAdministratorChoosesTheUnit() {
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        long caseId = caseOf(tracer, phoneOf(person("Võ Văn Ca")));

        TestHttp.Browser citizen = http().signInBrowser(TestHttp.randomPhone());
        assertThat(http().get("/tracing").session(citizen.session()).html().send().status()).isEqualTo(403);
        assertThat(http().get("/tracing/venue-alerts").session(citizen.session()).html().send().status()).isEqualTo(403);
        TestHttp.Browser faraway = http().signInBrowser(phoneOf(official(Role.CONTACT_TRACER, "01")));
        TestHttp.Response elsewhere = http().get("/tracing/cases/" + caseId).session(faraway.session()).html().send();
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.body()).doesNotContain("VO V** C*");
        assertThat(http().get("/tracing").html().send().status()).as("signed out: to the sign-in page").isEqualTo(302);

        TestHttp.Browser officer = http().signInBrowser(phoneOf(official(Role.QUARANTINE_OFFICER, COMMUNE)));
        TestHttp.Response followUp = http().get("/tracing/contacts").session(officer.session()).html().send();
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(200);
        TestHttp.Response home = http().get("/").session(officer.session()).html().send();
        assertThat(home.body()).contains("href=\"/tracing/contacts\"").doesNotContain("href=\"/tracing\"");

        TestHttp.Token admin = person("Quản Trị Quốc Gia");
        http().grant(admin.personId(), Role.NATIONAL_ADMIN, "VN");
        TestHttp.Browser national = http().signInBrowser(phoneOf(admin));
        TestHttp.Response inDistrict = http().get("/tracing?unit=" + DISTRICT).session(national.session()).html().send();
        assertThat(inDistrict.status()).as(inDistrict.toString()).isEqualTo(200);
        assertThat(inDistrict.body()).contains("data-case-id=\"" + caseId + "\"");
    }

    @Test
    void theRiskyVenuesPageIsPublicAndTheMaskedLineListIsNotAudited() {
        assertThat(http().get("/risky-venues").html().send().status()).isEqualTo(200);
        assertThat(http().get("/risky-venues?lang=en").html().send().body()).contains("Risky venues");

        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        long caseId = caseOf(tracer, phoneOf(person("Mai Văn Danh")));
        TestHttp.Browser browser = http().signInBrowser(phoneOf(tracer));
        TestHttp.Response masked = http().get("/tracing/cases/" + caseId + "/line-list.xlsx").session(browser.session()).send();
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.contentType()).contains("spreadsheetml");
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v").param("v", tracer.personId())
                .query(Long.class).single()).isZero();
        TestHttp.Response proposal = http().post("/tracing/venue-alerts").session(browser.session()).html()
                .form(Map.of("_csrf", http().get("/tracing/venue-alerts").session(browser.session()).html().send().csrfToken(),
                        "venueId", "99999999", "from", "2026-01-01T08:00", "to", "2026-01-01T09:00",
                        "messageType", "ISOLATE"))
                .send();
        assertThat(proposal.status()).as("an unknown venue number is refused on the form").isEqualTo(404);
        assertThat(proposal.body()).contains("id=\"propose-form\"").contains("value=\"99999999\"");
    }
}
