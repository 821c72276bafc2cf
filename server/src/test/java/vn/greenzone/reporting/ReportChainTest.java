package vn.greenzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.OrganisationDirectory;
import vn.greenzone.reporting.internal.ReminderJob;
import vn.greenzone.reporting.internal.ReportingClock;

/**
 * The report chain through its API: versions, late and missing reporters, who may submit, the sums and differences
 * the parent sees, the province's consolidated table as xlsx, reminders sent once, and each province's schedule.
 * Every test reports a day of its own in July 2021, so tests never see each other's reports.
 */
class ReportChainTest extends IntegrationTest {

    static final String PROVINCE = "70";
    static final String DISTRICT = "689";
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Autowired
    ReportingTestBeans.SettableClock clock;
    @Autowired
    UnitDirectory units;
    @Autowired
    AdoptionFigures figures;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    ReminderJob reminders;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSecondSubmissionIsANewVersionALateOneIsMarkedAndTheDistrictSeesWhoIsMissing() {
        LocalDate day = newDay();
        List<String> communes = communes();
        TestHttp.Token first = admin(communes.get(0));
        TestHttp.Token second = admin(communes.get(1));
        TestHttp.Token district = admin(DISTRICT);
        UnitFigures measured = measured(day, communes.get(0));

        at(day, 16, 0);
        JsonNode v1 = submit(first, day, communes.get(0), measured.users(), measured.installs(), measured.smartphones(), null);
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("late").asBoolean()).isFalse();
        assertThat(v1.path("reason").isNull() || v1.path("reason").isMissingNode()).as("no change, no reason").isTrue();

        assertProblem(post(first, day, communes.get(0), measured.users() + 7, measured.installs(), measured.smartphones(),
                null), 400, "reporting.reason-required");
        JsonNode v2 = submit(first, day, communes.get(0), measured.users() + 7, measured.installs(),
                measured.smartphones(), "Tổ 3 báo thêm 7 người");
        assertThat(v2.path("version").asInt()).isEqualTo(2);

        at(day, 16, 45);
        JsonNode late = submit(second, day, communes.get(1), measured(day, communes.get(1)).users(),
                measured(day, communes.get(1)).installs(), measured(day, communes.get(1)).smartphones(), null);
        assertThat(late.path("late").asBoolean()).as("after 16:30").isTrue();

        JsonNode state = state(district, day, DISTRICT);
        assertThat(child(state, communes.get(0)).path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(child(state, communes.get(0)).path("versions").asInt()).isEqualTo(2);
        assertThat(child(state, communes.get(0)).path("latest").path("users").asLong()).isEqualTo(measured.users() + 7);
        assertThat(child(state, communes.get(1)).path("status").asString()).isEqualTo("LATE");
        assertThat(child(state, communes.get(2)).path("status").asString()).isEqualTo("MISSING");
        assertThat(state.path("counts").path("missing").asInt()).isEqualTo(communes.size() - 2);
        JsonNode own = state(first, day, communes.get(0)).path("versions");
        assertThat(own).hasSize(2);
        assertThat(own.get(0).path("users").asLong()).as("the first version is kept").isEqualTo(measured.users());

        at(day, 16, 20);
        assertThat(child(state(district, day, DISTRICT), communes.get(2)).path("status").asString())
                .as("before the cut-off, not yet missing").isEqualTo("WAITING");
    }

    @Test
    void onlyTheUnitsAdministratorsSubmitAndBadInputIsRefusedInTheirLanguage() {
        LocalDate day = newDay();
        List<String> communes = communes();
        TestHttp.Token first = admin(communes.get(0));
        at(day, 15, 0);

        assertProblem(post(first, day, communes.get(1), 10L, 5L, 20L, null), 403, "forbidden");
        assertProblem(post(first, day, DISTRICT, 10L, 5L, 20L, null), 403, "forbidden");
        assertProblem(http().post(path(day, communes.get(0))).json(Map.of("users", 1)).send(), 401, "unauthenticated");
        assertProblem(post(first, day.plusDays(1), communes.get(0), 10L, 5L, 20L, "x"), 400, "reporting.day-future");
        JsonNode invalid = assertProblem(post(first, day, communes.get(0), -1L, 5L, 2_000_000_000L, "x"), 400,
                "reporting.figures-invalid");
        assertThat(invalid.toString()).contains("users").contains("smartphones");
        assertProblem(post(first, day, "99999", 10L, 5L, 20L, "x"), 404, "unit.not-found");
        assertProblem(post(first, day, "VN", 10L, 5L, 20L, "x"), 400, "reporting.not-a-reporting-unit");
        assertProblem(http().post("/api/v1/reports/2021-13-45/units/" + communes.get(0)).bearer(first.token())
                .json(Map.of("users", 1)).send(), 400, "invalid-parameter");
        TestHttp.Response english = http().post(path(day, communes.get(0))).bearer(first.token()).language("en")
                .json(Map.of("users", 1, "installs", 1, "smartphones", 1)).send();
        assertThat(assertProblem(english, 400, "reporting.reason-required").path("detail").asString())
                .isEqualTo("The figures differ from the measured ones: give the reason for the change.");
        assertProblem(http().post(path(day, communes.get(0))).bearer(first.token()).json(Map.of("users", 1,
                "reason", "Zalo", "receivedAt", "2021-07-01T09:00:00Z")).send(), 403, "reporting.write-up-forbidden");
        assertThat(jdbc.sql("select count(*) from report_submission where day = :day").param("day", day)
                .query(Long.class).single()).as("nothing refused was stored").isZero();
    }

    @Test
    void theParentAddsUpItsChildrenShowsWhereTheyDifferFromTheMeasuredAndTheProvinceDownloadsItsTable()
            throws Exception {
        LocalDate day = newDay();
        List<String> communes = communes();
        TestHttp.Token district = admin(DISTRICT);
        TestHttp.Token province = admin(PROVINCE);
        at(day, 16, 10);
        long users = 0;
        for (int i = 0; i < 3; i++) {
            UnitFigures measured = measured(day, communes.get(i));
            long reported = measured.users() + (i == 1 ? 25 : 0);
            submit(district, day, communes.get(i), reported, measured.installs(), measured.smartphones(),
                    i == 1 ? "Thêm người dùng của khu công nghiệp" : null);
            users += reported;
        }
        JsonNode state = state(district, day, DISTRICT);
        assertThat(state.path("submitted").path("users").asLong()).isEqualTo(users);
        assertThat(state.path("submitted").path("reports").asInt()).isEqualTo(3);
        assertThat(child(state, communes.get(0)).path("differs").asBoolean()).isFalse();
        assertThat(child(state, communes.get(1)).path("differs").asBoolean()).isTrue();
        long measuredTotal = figures.measured(day, communes).values().stream().mapToLong(UnitFigures::users).sum();
        assertThat(state.path("measuredTotal").path("users").asLong()).isEqualTo(measuredTotal);

        at(day, 16, 55);
        UnitFigures districtMeasured = measured(day, DISTRICT);
        submit(district, day, DISTRICT, users, districtMeasured.installs(), districtMeasured.smartphones(),
                "Cộng các xã đã báo cáo");
        at(day.plusDays(1), 7, 0);
        JsonNode consolidated = state(province, day, PROVINCE);
        assertThat(consolidated.path("cutoff").asString()).isEqualTo("CONSOLIDATION");
        JsonNode row = child(consolidated, DISTRICT);
        assertThat(row.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(row.path("below").path("users").asLong()).as("the communes added up").isEqualTo(users);
        assertThat(consolidated.path("counts").path("missing").asInt()).as("the other districts")
                .isEqualTo(units.children(PROVINCE).size() - 1);

        List<Row> sheet = xlsx("/api/v1/reports/" + day + "/units/" + PROVINCE + "/export.xlsx", province);
        Row districtRow = sheet.stream().filter(r -> DISTRICT.equals(r.getCellText(0))).findFirst().orElseThrow();
        assertThat(districtRow.getCellText(5)).isEqualTo(Long.toString(users));
        assertThat(districtRow.getCellText(14)).isEqualTo(Long.toString(users));
    }

    @Test
    void aReporterWhoHasNotReportedIsTextedOnceBeforeTheCutOff() {
        LocalDate day = newDay();
        List<String> communes = communes();
        String silent = TestHttp.randomPhone();
        String reported = TestHttp.randomPhone();
        http().grant(http().signInApi(silent).personId(), Role.UNIT_ADMIN, communes.get(3));
        TestHttp.Token reporter = http().signInApi(reported);
        http().grant(reporter.personId(), Role.UNIT_ADMIN, communes.get(4));
        at(day, 16, 0);
        UnitFigures measured = measured(day, communes.get(4));
        submit(reporter, day, communes.get(4), measured.users(), measured.installs(), measured.smartphones(), null);

        at(day, 15, 50);
        reminders.run();
        assertThat(texts(silent, day)).as("40 minutes before, not yet").isZero();
        at(day, 16, 5);
        reminders.run();
        at(day, 16, 20);
        reminders.run();
        assertThat(texts(silent, day)).isEqualTo(1);
        assertThat(http().latestSms(silent)).contains(units.require(communes.get(3)).name()).contains("16:30");
        assertThat(texts(reported, day)).as("reported already").isZero();
    }

    @Test
    void eachProvinceHasItsScheduleWhichOnlyItsAdministratorChanges() {
        LocalDate day = newDay();
        TestHttp.Token someone = http().signInApi(TestHttp.randomPhone());
        JsonNode laoCai = http().get("/api/v1/reports/schedule/10").bearer(someone.token()).send().json();
        assertThat(laoCai.path("unitDue").asString()).as("Si Ma Cai's communes by 09:00").startsWith("09:00");
        assertThat(laoCai.path("stored").asBoolean()).isFalse();
        String dongNai = "75";
        String district = units.children(dongNai).getFirst().code();
        String commune = units.children(district).getFirst().code();
        assertThat(http().get("/api/v1/reports/schedule/" + commune).bearer(someone.token()).send().json()
                .path("unitDue").asString()).startsWith("16:30");

        Map<String, Object> schedule = new HashMap<>(Map.of("teamDue", "09:30", "unitDue", "10:00",
                "districtDue", "11:00", "consolidationDue", "07:00", "publicationDue", "08:00", "reminderMinutes", 20));
        assertProblem(http().put("/api/v1/reports/schedule/" + dongNai).bearer(admin(district).token()).json(schedule)
                .send(), 403, "forbidden");
        TestHttp.Token provinceAdmin = admin(dongNai);
        TestHttp.Response saved = http().put("/api/v1/reports/schedule/" + dongNai).bearer(provinceAdmin.token())
                .json(schedule).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("stored").asBoolean()).isTrue();
        schedule.put("unitDue", "12:00");
        assertProblem(http().put("/api/v1/reports/schedule/" + dongNai).bearer(provinceAdmin.token()).json(schedule)
                .send(), 400, "reporting.schedule-order");

        at(day, 10, 30);
        UnitFigures measured = measured(day, commune);
        assertThat(submit(admin(commune), day, commune, measured.users(), measured.installs(), measured.smartphones(),
                null).path("late").asBoolean()).as("after Đồng Nai's 10:00").isTrue();
        assertThat(ReportSchedule.seeds(PROVINCE).unitDue()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void anOrganisationsHeadReportsItsRosterToTheDistrict() {
        LocalDate day = newDay();
        String commune = communes().get(0);
        String headPhone = TestHttp.randomPhone();
        TestHttp.Token head = http().signInApi(headPhone);
        TestHttp.Token district = admin(DISTRICT);
        TestHttp.Response registered = http().post("/api/v1/organisations").bearer(district.token()).json(Map.of(
                "name", "Trường THPT Đồng Xoài " + day, "kind", "SCHOOL", "unitCode", commune, "headPhone", headPhone,
                "headName", "Phạm Thị Hiệu Trưởng")).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long id = registered.json().path("id").asLong();
        assertThat(organisations.inSubtree(DISTRICT)).anyMatch(o -> o.id() == id && o.headPersonId() == head.personId());
        // three teachers on the roster, the head (signed in, so registered) among them
        String roster = "Họ tên,Số điện thoại,Nhóm\nPhạm Thị Hiệu Trưởng," + headPhone + ",teacher\nLê Văn A,"
                + TestHttp.randomPhone() + ",teacher\nTrần Thị B," + TestHttp.randomPhone() + ",teacher\n";
        TestHttp.Response uploaded = http().post("/api/v1/organisations/" + id + "/roster").bearer(head.token())
                .bytes("text/csv", roster.getBytes(java.nio.charset.StandardCharsets.UTF_8)).send();
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        String path = "/api/v1/reports/" + day + "/units/" + DISTRICT + "/organisations/" + id;
        at(day, 16, 0);

        assertProblem(http().post(path).bearer(district.token()).json(Map.of("users", 1, "rosterSize", 3)).send(),
                403, "forbidden");
        assertProblem(http().post(path).bearer(head.token()).json(Map.of("users", 4, "rosterSize", 3,
                "reason", "x")).send(), 400, "reporting.figures-invalid");
        assertProblem(http().post(path).bearer(head.token()).json(Map.of("users", 2, "rosterSize", 3)).send(),
                400, "reporting.reason-required");
        TestHttp.Response sent = http().post(path).bearer(head.token()).json(Map.of("users", 1, "rosterSize", 3))
                .send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode row = state(district, day, DISTRICT).path("organisations").valueStream()
                .filter(organisation -> organisation.path("organisationId").asLong() == id).findFirst().orElseThrow();
        assertThat(row.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(row.path("latest").path("rosterSize").asLong()).isEqualTo(3);
        assertThat(row.path("registered").asLong()).as("measured by the organisation module").isEqualTo(1);
        assertThat(row.path("differs").asBoolean()).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A day of July 2021 no other test of this class reports, with installs and smartphones of the district's
     * communes imported for it (different per commune and day), so that prefills and sums have figures to carry.
     */
    LocalDate newDay() {
        LocalDate day = LocalDate.of(2021, 7, 1).plusDays(DAYS.getAndIncrement());
        List<String> communes = communes();
        var installs = new java.util.ArrayList<Map<String, Object>>();
        var smartphones = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < communes.size(); i++) {
            installs.add(Map.of("unitCode", communes.get(i), "day", day.toString(), "value", 900 + 37 * i + day.getDayOfMonth()));
            smartphones.add(Map.of("unitCode", communes.get(i), "day", day.toString(), "operator", "Viettel",
                    "value", 2000 + 53 * i));
        }
        TestHttp.Token department = admin(PROVINCE);
        for (var kind : Map.of("installs", installs, "smartphones", smartphones).entrySet()) {
            TestHttp.Response imported = http().post("/api/v1/units/" + DISTRICT + "/" + kind.getKey())
                    .bearer(department.token()).json(Map.of("rows", kind.getValue())).send();
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        }
        return day;
    }

    void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(ReportingClock.ZONE).toInstant());
    }

    List<String> communes() {
        return units.children(DISTRICT).stream().map(AdministrativeUnit::code).toList();
    }

    UnitFigures measured(LocalDate day, String code) {
        return figures.measured(day, List.of(code)).get(code);
    }

    TestHttp.Token admin(String unit) {
        TestHttp.Token token = http().signInApi(TestHttp.randomPhone());
        http().grant(token.personId(), Role.UNIT_ADMIN, unit);
        return token;
    }

    static String path(LocalDate day, String unit) {
        return "/api/v1/reports/" + day + "/units/" + unit;
    }

    TestHttp.Response post(TestHttp.Token token, LocalDate day, String unit, Long users, Long installs,
            Long smartphones, String reason) {
        var body = new HashMap<String, Object>();
        body.put("users", users);
        body.put("installs", installs);
        body.put("smartphones", smartphones);
        body.put("reason", reason);
        return http().post(path(day, unit)).bearer(token.token()).json(body).send();
    }

    JsonNode submit(TestHttp.Token token, LocalDate day, String unit, Long users, Long installs, Long smartphones,
            String reason) {
        TestHttp.Response response = post(token, day, unit, users, installs, smartphones, reason);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    JsonNode state(TestHttp.Token token, LocalDate day, String unit) {
        TestHttp.Response response = http().get(path(day, unit)).bearer(token.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static JsonNode child(JsonNode state, String code) {
        for (JsonNode child : state.path("children")) {
            if (child.path("unitCode").asString().equals(code)) {
                return child;
            }
        }
        throw new AssertionError(code + " not among the children");
    }

    long texts(String nationalPhone, LocalDate day) {
        return jdbc.sql("select count(*) from sms_outbox where recipient = :to and body like :text")
                .param("to", TestHttp.international(nationalPhone))
                .param("text", "%bao cao ngay " + String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue()) + "%")
                .query(Long.class).single();
    }

    List<Row> xlsx(String path, TestHttp.Token token) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
                return workbook.getFirstSheet().read();
            }
        }
    }
}
