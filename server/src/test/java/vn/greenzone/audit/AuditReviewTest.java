package vn.greenzone.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomPhone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.TestHttp.Response;
import vn.greenzone.identity.Role;

/** Reading the trail through the API and the page: who may, the filters, and bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditReviewTest extends IntegrationTest {

    private static final String PROVINCE = "70";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    record Actor(Role role, long personId, String token, String session) {
    }

    @Autowired
    private AuditTrail trail;

    private final Map<Role, Actor> actors = new java.util.EnumMap<>(Role.class);

    @BeforeAll
    void signIn() {
        for (Role role : List.of(Role.CITIZEN, Role.UNIT_ADMIN, Role.CONTACT_TRACER, Role.AUDITOR, Role.NATIONAL_ADMIN)) {
            String phone = randomPhone();
            TestHttp.Token token = http().signInApi(phone);
            if (role != Role.CITIZEN) {
                http().grant(token.personId(), role, role == Role.NATIONAL_ADMIN ? "VN" : PROVINCE);
            }
            actors.put(role, new Actor(role, token.personId(), token.token(), http().signInBrowser(phone).session()));
        }
    }

    private Response api(Role role, String query) {
        return http().get("/api/v1/audit" + query).bearer(actors.get(role).token()).send();
    }

    private Response page(Role role, String query) {
        return http().get("/audit" + query).html().session(actors.get(role).session()).send();
    }

    /** A person with a name and a number, who will have looked at someone. */
    private record Viewer(long id, String phone) {
    }

    private Viewer freshViewer() {
        String phone = randomPhone();
        long id = jdbc.sql("insert into person (phone, full_name) values (:phone, 'Trần Văn Xem') returning id")
                .param("phone", international(phone)).query(Long.class).single();
        return new Viewer(id, phone);
    }

    private static List<String> subjects(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("entries").values().stream().map(entry -> entry.path("subjectId").asString()).toList();
    }

    private static String today() {
        return LocalDate.now(VIETNAM).toString();
    }

    // ---------------------------------------------------------------- access

    @Test
    void onlyAuditorsAndNationalAdministratorsMayRead() {
        List<String> mismatches = new ArrayList<>();
        for (Actor actor : actors.values()) {
            boolean reader = actor.role() == Role.AUDITOR || actor.role() == Role.NATIONAL_ADMIN;
            Response api = api(actor.role(), "");
            Response page = page(actor.role(), "");
            String expected = reader ? "200 200" : "403 403";
            String actual = api.status() + " " + page.status();
            if (!actual.equals(expected)) {
                mismatches.add(actor.role() + ": expected " + expected + " but got " + actual);
            }
            if (!reader) {
                assertProblem(api, 403, "forbidden");
                assertThat(page.contentType()).startsWith("text/html");
                assertThat(page.body()).doesNotContain("id=\"entries\"");
            }
        }
        assertThat(mismatches).isEmpty();
        assertProblem(http().get("/api/v1/audit").send(), 401, "unauthenticated");
        Response anonymousPage = http().get("/audit").html().send();
        assertThat(anonymousPage.status()).isEqualTo(302);
        assertThat(anonymousPage.locationPath()).isEqualTo("/login");
    }

    @Test
    void aRefusedReaderLeavesNoReviewEntry() {
        long citizen = actors.get(Role.CITIZEN).personId();
        api(Role.CITIZEN, "");
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :id").param("id", citizen)
                .query(Long.class).single()).isZero();
    }

    // ---------------------------------------------------------------- reading back with filters

    @Test
    void recordedViewsAreReadBackNewestFirstWithTheViewerShownMasked() {
        Viewer viewer = freshViewer();
        String purpose = "contact tracing " + UUID.randomUUID();
        trail.recordFullView(viewer.id(), "CONTACT_TRACER", "person", "first-" + viewer.id(), purpose, "case:1");
        trail.recordFullViews(viewer.id(), "CONTACT_TRACER",
                List.of(new AuditSubject("dependant", "second-" + viewer.id()), new AuditSubject("visitor", "third-" + viewer.id())),
                purpose, "venue:42 live list");

        Response response = api(Role.AUDITOR, "?viewer=" + viewer.id());
        assertThat(subjects(response)).containsExactly("third-" + viewer.id(), "second-" + viewer.id(), "first-" + viewer.id());
        JsonNode body = response.json();
        assertThat(body.path("total").asLong()).isEqualTo(3);
        JsonNode newest = body.path("entries").get(0);
        assertThat(newest.path("viewerId").asLong()).isEqualTo(viewer.id());
        assertThat(newest.path("viewerRole").asString()).isEqualTo("CONTACT_TRACER");
        assertThat(newest.path("viewerName").asString()).isEqualTo("TRAN V** X**");
        assertThat(newest.path("viewerPhone").asString())
                .isEqualTo(viewer.phone().substring(0, 2) + "******" + viewer.phone().substring(8));
        assertThat(newest.path("subjectKind").asString()).isEqualTo("visitor");
        assertThat(newest.path("purpose").asString()).isEqualTo(purpose);
        assertThat(newest.path("context").asString()).isEqualTo("venue:42 live list");
        assertThat(Instant.parse(newest.path("at").asString())).isAfter(Instant.now().minusSeconds(3600));
        assertThat(response.body()).doesNotContain(viewer.phone().substring(2));

        // The same viewer found by phone number, in both written forms.
        assertThat(subjects(api(Role.AUDITOR, "?viewer=" + viewer.phone()))).hasSize(3);
        assertThat(subjects(api(Role.NATIONAL_ADMIN, "?viewer=%2B84" + viewer.phone().substring(1)))).hasSize(3);
        // A number nobody holds matches nothing.
        assertThat(subjects(api(Role.AUDITOR, "?viewer=0399999999&subject=first-" + viewer.id()))).isEmpty();
    }

    @Test
    void filtersBySubjectPurposeAndTime() {
        Viewer viewer = freshViewer();
        String subject = "subject-" + UUID.randomUUID();
        String purpose = "quarantine check " + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(5);
        trail.recordFullView(viewer.id(), "QUARANTINE_OFFICER", "person", subject, purpose, "quarantine:3");
        trail.recordFullView(viewer.id(), "QUARANTINE_OFFICER", "person", subject, "other " + purpose, "quarantine:3");
        trail.recordFullView(viewer.id(), "QUARANTINE_OFFICER", "person", "unrelated-" + subject, purpose, "quarantine:3");

        assertThat(subjects(api(Role.AUDITOR, "?subject=" + subject))).containsExactly(subject, subject);
        assertThat(api(Role.AUDITOR, "?subject=" + subject + "&purpose=" + encode(purpose)).json().path("total").asLong())
                .isEqualTo(1);
        assertThat(subjects(api(Role.AUDITOR, "?viewer=" + viewer.id() + "&purpose=" + encode(purpose))))
                .containsExactlyInAnyOrder(subject, "unrelated-" + subject);

        // Days are days in Vietnam, both included.
        assertThat(subjects(api(Role.AUDITOR, "?subject=" + subject + "&from=" + today() + "&to=" + today()))).hasSize(2);
        String tomorrow = LocalDate.now(VIETNAM).plusDays(1).toString();
        String yesterday = LocalDate.now(VIETNAM).minusDays(1).toString();
        assertThat(subjects(api(Role.AUDITOR, "?subject=" + subject + "&from=" + tomorrow))).isEmpty();
        assertThat(subjects(api(Role.AUDITOR, "?subject=" + subject + "&to=" + yesterday))).isEmpty();
        // Exact instants: from included, to excluded.
        assertThat(subjects(api(Role.AUDITOR, "?subject=" + subject + "&from=" + before))).hasSize(2);
        assertThat(subjects(api(Role.AUDITOR, "?subject=" + subject + "&to=" + before))).isEmpty();
    }

    @Test
    void pagesFollowEachOther() {
        Viewer viewer = freshViewer();
        trail.recordFullViews(viewer.id(), "CONTACT_TRACER", List.of(new AuditSubject("person", "p1"),
                new AuditSubject("person", "p2"), new AuditSubject("person", "p3")), "paging", "test");
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Response response = api(Role.AUDITOR, "?viewer=" + viewer.id() + "&size=1&page=" + page);
            assertThat(response.json().path("total").asLong()).isEqualTo(3);
            seen.addAll(subjects(response));
        }
        assertThat(seen).containsExactly("p3", "p2", "p1");
        assertThat(subjects(api(Role.AUDITOR, "?viewer=" + viewer.id() + "&size=1&page=3"))).isEmpty();
    }

    @Test
    void readingTheTrailIsItselfRecorded() {
        Actor auditor = actors.get(Role.AUDITOR);
        String subject = "looked-up-" + UUID.randomUUID();
        api(Role.AUDITOR, "?subject=" + subject);
        page(Role.AUDITOR, "?subject=" + subject);

        Response reviews = api(Role.NATIONAL_ADMIN, "?viewer=" + auditor.personId() + "&purpose=audit%20review");
        List<JsonNode> about = reviews.json().path("entries").values().stream()
                .filter(entry -> entry.path("subjectId").asString().contains("subject=" + subject)).toList();
        assertThat(about).extracting(entry -> entry.path("context").asString()).containsExactlyInAnyOrder("api", "page /audit");
        assertThat(about).allSatisfy(entry -> {
            assertThat(entry.path("subjectKind").asString()).isEqualTo("audit");
            assertThat(entry.path("viewerRole").asString()).isEqualTo("AUDITOR");
        });
        // The national administrator's own reading is there too, as soon as it happened.
        Response own = api(Role.NATIONAL_ADMIN, "?viewer=" + actors.get(Role.NATIONAL_ADMIN).personId() + "&size=1");
        JsonNode newest = own.json().path("entries").get(0);
        assertThat(newest.path("purpose").asString()).isEqualTo("audit review");
        assertThat(newest.path("viewerRole").asString()).isEqualTo("NATIONAL_ADMIN");
        assertThat(newest.path("subjectId").asString()).contains("viewer=" + actors.get(Role.NATIONAL_ADMIN).personId());
    }

    @Test
    void thePageShowsWhoLookedWithTheirIdAndMaskedPhone() {
        Viewer viewer = freshViewer();
        String subject = "page-" + UUID.randomUUID();
        trail.recordFullView(viewer.id(), "CONTACT_TRACER", "person", subject, "contact tracing", "case:7");

        Response vietnamese = page(Role.AUDITOR, "?subject=" + subject + "&from=" + today());
        assertThat(vietnamese.status()).as(vietnamese.toString()).isEqualTo(200);
        String maskedPhone = viewer.phone().substring(0, 2) + "******" + viewer.phone().substring(8);
        assertThat(vietnamese.body()).contains("Nhật ký truy cập dữ liệu cá nhân").contains("Mã người " + viewer.id())
                .contains(maskedPhone).contains("TRAN V** X**").contains("Cán bộ truy vết").contains(subject)
                .contains("case:7").contains("Có 1 mục.")
                .doesNotContain(viewer.phone()).doesNotContain("Trần Văn Xem");

        Response english = page(Role.AUDITOR, "?lang=en&subject=" + subject);
        assertThat(english.body()).contains("Personal data access trail").contains("Person " + viewer.id())
                .contains("Contact tracer").contains("1 entries.");
    }

    @Test
    void theApiIsDocumented() {
        JsonNode operation = http().get("/v3/api-docs").send().json().path("paths").path("/api/v1/audit").path("get");
        assertThat(operation.path("tags").values()).extracting(JsonNode::asString).containsExactly("Audit trail");
        assertThat(operation.path("parameters").values()).extracting(parameter -> parameter.path("name").asString())
                .containsExactly("viewer", "subject", "from", "to", "purpose", "page", "size");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badInputIsRefusedWithACodeInBothLanguages() {
        JsonNode date = assertProblem(api(Role.AUDITOR, "?from=2021-13-01"), 400, "audit.date-invalid");
        assertThat(date.path("detail").asString())
                .isEqualTo("Ngày “2021-13-01” không hợp lệ. Hãy nhập theo dạng năm-tháng-ngày, ví dụ 2021-08-01.");
        Response english = http().get("/api/v1/audit?to=yesterday").bearer(actors.get(Role.AUDITOR).token())
                .language("en").send();
        assertThat(assertProblem(english, 400, "audit.date-invalid").path("detail").asString())
                .isEqualTo("The date \"yesterday\" is not valid. Enter it as year-month-day, for example 2021-08-01.");

        JsonNode range = assertProblem(api(Role.AUDITOR, "?from=2021-08-02&to=2021-08-01"), 400, "audit.date-range");
        assertThat(range.path("detail").asString()).isEqualTo("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");

        JsonNode size = assertProblem(api(Role.AUDITOR, "?size=501"), 400, "audit.paging");
        assertThat(size.path("detail").asString()).isEqualTo("Trang phải từ 0 trở lên và số mục mỗi trang từ 1 đến 500.");
        Response englishSize = http().get("/api/v1/audit?size=501").bearer(actors.get(Role.AUDITOR).token())
                .language("en").send();
        assertThat(assertProblem(englishSize, 400, "audit.paging").path("detail").asString())
                .isEqualTo("The page must be 0 or more and the page size from 1 to 500.");
        assertProblem(api(Role.AUDITOR, "?size=0"), 400, "audit.paging");
        assertProblem(api(Role.AUDITOR, "?page=-1"), 400, "audit.paging");
        assertProblem(api(Role.AUDITOR, "?size=many"), 400, "invalid-parameter");
        assertThat(api(Role.AUDITOR, "?size=500").status()).isEqualTo(200);

        JsonNode viewer = assertProblem(api(Role.AUDITOR, "?viewer=abc"), 400, "audit.viewer-invalid");
        assertThat(viewer.path("detail").asString())
                .isEqualTo("Người xem phải là mã người (một số) hoặc số di động Việt Nam, ví dụ 0912345678.");
    }

    @Test
    void badInputOnThePageIsShownOnTheForm() {
        Response vietnamese = page(Role.AUDITOR, "?from=01/08/2021");
        assertThat(vietnamese.status()).as(vietnamese.toString()).isEqualTo(400);
        assertThat(vietnamese.contentType()).startsWith("text/html");
        assertThat(vietnamese.body()).contains("Ngày “01/08/2021” không hợp lệ").contains("name=\"from\"")
                .doesNotContain("id=\"entries\"").doesNotContain("Exception");

        Response english = page(Role.AUDITOR, "?lang=en&from=2021-08-02&to=2021-08-01");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("The start date must be on or before the end date.");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
