package vn.greenzone.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** The caller's side, signed out: the tracking code, the public report form and their limits. */
class HotlineTrackingTest extends HotlineFixtures {

    @Test
    void theCallerLooksUpTheStateByTheTextedCodeWithoutTheDescriptionOrThePhone() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        String category = category("Tra cứu", 300);
        Agency agency = agency(supervisor, DISTRICT, "Trung tâm Y tế");
        rule(supervisor, category, DISTRICT, agency.id());
        String caller = TestHttp.randomPhone();
        long id = logged(operator, call(category, COMMUNE, caller)).path("id").asLong();
        String code = trackingCode(caller);
        assertThat(jdbc.sql("select count(*) from hotline_item where tracking_hash like :code").param("code", "%" + code + "%")
                .query(Long.class).single()).as("only a hash is stored").isZero();

        change(agency.head(), id, Map.of("status", "IN_PROGRESS"));
        String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4);
        TestHttp.Response found = http().post("/api/v1/hotline/track").json(Map.of("code", typed)).send();
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode state = found.json();
        assertThat(state.path("id").asLong()).isEqualTo(id);
        assertThat(state.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(state.path("agencyName").asString()).startsWith("Trung tâm Y tế");
        assertThat(state.path("history").values().stream().map(s -> s.path("kind").asString()))
                .containsExactly("RECEIVED", "ASSIGNED", "IN_PROGRESS");
        assertThat(found.body()).doesNotContain("Quán ăn").doesNotContain(caller.substring(1));
    }

    @Test
    void forgedCodesAre404AndAnAddressThatKeepsGuessingIsStopped() {
        String address = TestHttp.randomAddress();
        JsonNode refused = assertProblem(http().post("/api/v1/hotline/track").from(address).language("en")
                .json(Map.of("code", "ABCD2345")).send(), 404, "hotline.track-unknown");
        assertThat(refused.path("detail").asString()).isEqualTo("No report has this tracking code. Check the code in the text message.");
        assertProblem(http().post("/api/v1/hotline/track").from(address).json(Map.of("code", "<script>")).send(), 404,
                "hotline.track-unknown");
        for (int i = 2; i < 10; i++) {
            assertThat(http().post("/api/v1/hotline/track").from(address).json(Map.of("code", "WXYZ234" + i)).send()
                    .status()).isEqualTo(404);
        }
        assertProblem(http().post("/api/v1/hotline/track").from(address).json(Map.of("code", "ABCD2345")).send(), 429,
                "hotline.track-too-many");
        assertThat(http().post("/api/v1/hotline/track").json(Map.of("code", "ABCD2345")).send().status())
                .as("another address is not stopped").isEqualTo(404);

        TestHttp.Response page = http().post("/hotline/track").html().form(Map.of("code", "ZZZZ2222")).send();
        assertThat(page.status()).as("a form post needs the session's CSRF token").isEqualTo(403);
    }

    @Test
    void aCitizenReportsOnTheWebFormGetsACodeAndTheFormIsLimited() {
        String category = category("Báo cáo web", 300);
        String phone = TestHttp.randomPhone();
        String address = TestHttp.randomAddress();
        TestHttp.Response created = http().post("/api/v1/hotline/reports").from(address)
                .json(call(category, COMMUNE, phone)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("status").asString()).as("no rule: the supervisor's queue").isEqualTo("RECEIVED");
        assertThat(trackingCode(phone)).isEqualTo(created.json().path("trackingCode").asString());
        assertThat(jdbc.sql("select channel from hotline_item where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("WEB");
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        assertThat(rowOf(queue(supervisor, "unit=" + DISTRICT + "&unrouted=true"), id)).isNotNull();

        assertProblem(http().post("/api/v1/hotline/reports").from(address).json(call("NOPE", COMMUNE, phone)).send(), 400,
                "hotline.category-unknown");
        for (int i = 0; i < 2; i++) {
            assertThat(http().post("/api/v1/hotline/reports").json(call(category, COMMUNE, phone)).send().status())
                    .isEqualTo(201);
        }
        assertProblem(http().post("/api/v1/hotline/reports").json(call(category, COMMUNE, phone)).send(), 429,
                "hotline.report-too-many");
        // A refused report is rolled back with its count: only reports that text someone spend the budget.
        for (int i = 0; i < 4; i++) {
            assertThat(http().post("/api/v1/hotline/reports").from(address)
                    .json(call(category, COMMUNE, TestHttp.randomPhone())).send().status()).isEqualTo(201);
        }
        assertProblem(http().post("/api/v1/hotline/reports").from(address)
                .json(call(category, COMMUNE, TestHttp.randomPhone())).send(), 429, "hotline.report-too-many");
    }

    @Test
    void thePublicPagesOpenSignedOutAndRefuseAWrongCodeOnTheForm() {
        TestHttp.Browser browser = http().anonymousBrowser();
        for (String path : new String[] {"/hotline", "/hotline/report", "/hotline/track"}) {
            TestHttp.Response page = http().get(path).html().session(browser.session()).send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
        }
        TestHttp.Response refused = http().post("/hotline/track").html().session(browser.session())
                .form(Map.of("code", "ZZZZ2222", "_csrf", browser.csrf())).send();
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("Không tìm thấy phản ánh với mã tra cứu này.").doesNotContain("Exception");
        TestHttp.Response english = http().post("/hotline/track?lang=en").html().session(browser.session())
                .form(Map.of("code", "", "_csrf", browser.csrf())).send();
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body()).contains("No report has this tracking code.");
        assertThat(http().get("/hotline/queue").html().send().status()).as("the desk needs a sign-in").isEqualTo(302);
    }
}
