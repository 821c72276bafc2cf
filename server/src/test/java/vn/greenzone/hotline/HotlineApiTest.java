package vn.greenzone.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Logging, routing, masking, status changes and statistics through the API. */
class HotlineApiTest extends HotlineFixtures {

    @Test
    void aCallGoesToTheAgencyOfTheNearestRuleAndOnlyItsOperatorAndSupervisorsSeeTheCallerInFull() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, PROVINCE);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, PROVINCE);
        String category = category("Vi phạm tại quán ăn", 300);
        Agency province = agency(supervisor, PROVINCE, "Sở Y tế Bình Phước");
        Agency district = agency(supervisor, DISTRICT, "Trung tâm Y tế Đồng Xoài");
        rule(supervisor, category, PROVINCE, province.id());
        rule(supervisor, category, DISTRICT, district.id());
        String caller = TestHttp.randomPhone();

        Instant before = Instant.now();
        JsonNode logged = logged(operator, call(category, COMMUNE, caller));
        long id = logged.path("id").asLong();
        assertThat(logged.path("agencyId").asLong()).as("the district's rule is nearer than the province's")
                .isEqualTo(district.id());
        assertThat(logged.path("status").asString()).isEqualTo("ASSIGNED");
        Instant due = Instant.parse(logged.path("dueAt").asString());
        assertThat(Duration.between(before, due).toMinutes()).isBetween(299L, 300L);
        assertThat(trackingCode(caller)).isEqualTo(logged.path("trackingCode").asString());

        JsonNode districtQueue = queue(district.head(), "agency=" + district.id());
        assertThat(districtQueue.path("open").asLong()).isEqualTo(1);
        JsonNode row = rowOf(districtQueue, id);
        assertThat(row.path("callerPhone").asString()).isEqualTo(caller.substring(0, 2) + "******" + caller.substring(8));
        assertThat(row.path("left").path("minutes").asLong()).isBetween(298L, 300L);
        assertThat(row.path("red").asBoolean()).isFalse();
        assertThat(rowOf(queue(province.head(), "agency=" + province.id()), id)).isNull();
        assertThat(queue(district.head(), "").path("agencyId").asLong()).as("asked for nothing, their agency's")
                .isEqualTo(district.id());
        assertProblem(http().get("/api/v1/hotline/items").bearer(person("Công dân").token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/hotline/items?agency=" + district.id()).bearer(province.head().token()).send(),
                403, "forbidden");

        // The agency sees the item masked; the operator who took the call and the supervisor in full, audited.
        JsonNode seenByAgency = item(district.head(), id);
        assertThat(seenByAgency.path("callerInFull").asBoolean()).isFalse();
        assertThat(seenByAgency.path("callerPhone").asString()).contains("******");
        assertThat(item(operator, id).path("callerPhone").asString()).isEqualTo(caller);
        assertThat(item(supervisor, id).path("callerPhone").asString()).isEqualTo(caller);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_kind = 'hotline-caller' and subject_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
        TestHttp.Token anotherOperator = official(Role.HOTLINE_OPERATOR, PROVINCE);
        assertThat(item(anotherOperator, id).path("callerInFull").asBoolean()).isFalse();
        assertProblem(http().get("/api/v1/hotline/items/" + id).bearer(person("Người lạ").token()).send(), 403,
                "forbidden");
    }

    @Test
    void anItemNoRuleRoutesWaitsForTheSupervisorWhoAssignsItAndTheAgencyWorksItToTheEnd() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        String category = category("Chưa có quy tắc", 300);
        Agency agency = agency(supervisor, DISTRICT, "Công an Đồng Xoài");

        JsonNode logged = logged(operator, call(category, COMMUNE, TestHttp.randomPhone()));
        long id = logged.path("id").asLong();
        assertThat(logged.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(logged.has("agencyId")).as("no agency").isFalse();
        JsonNode unrouted = queue(supervisor, "unit=" + DISTRICT + "&unrouted=true");
        assertThat(rowOf(unrouted, id)).as("in the supervisor's queue").isNotNull();
        assertThat(unrouted.path("unrouted").asLong()).isEqualTo(unrouted.path("open").asLong());

        assertProblem(change(agency.head(), id, Map.of("status", "IN_PROGRESS")), 403, "forbidden");
        assertProblem(change(supervisor, id, Map.of("status", "IN_PROGRESS")), 409, "hotline.no-agency");
        JsonNode assigned = change(supervisor, id, Map.of("agencyId", agency.id(), "note", "Chuyển công an")).json();
        assertThat(assigned.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.path("agencyId").asLong()).isEqualTo(agency.id());
        assertThat(rowOf(queue(supervisor, "unit=" + DISTRICT + "&unrouted=true"), id)).isNull();

        assertThat(change(agency.head(), id, Map.of("status", "IN_PROGRESS")).json().path("status").asString())
                .isEqualTo("IN_PROGRESS");
        JsonNode handled = change(agency.head(), id, Map.of("status", "HANDLED", "note", "Đã nhắc nhở chủ quán")).json();
        assertThat(handled.has("handledAt")).isTrue();
        assertThat(rowOf(queue(agency.head(), "agency=" + agency.id()), id)).as("handled items leave the queue").isNull();
        change(agency.head(), id, Map.of("status", "CLOSED"));
        assertProblem(change(agency.head(), id, Map.of("note", "Thêm")), 409, "hotline.item-closed");

        List<String> kinds = item(supervisor, id).path("history").values().stream().map(e -> e.path("kind").asString()).toList();
        assertThat(kinds).containsExactly("RECEIVED", "ROUTED", "ASSIGNED", "IN_PROGRESS", "HANDLED", "CLOSED");
        assertThat(item(supervisor, id).path("history").get(4).path("note").asString()).isEqualTo("Đã nhắc nhở chủ quán");
    }

    @Test
    void badInputIsATranslatedRefusalNeverAServerError() {
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        String category = category("Kiểm tra lỗi", 300);
        String phone = TestHttp.randomPhone();

        JsonNode unknown = assertProblem(http().post("/api/v1/hotline/items").bearer(operator.token()).language("en")
                .json(call("NO_SUCH", COMMUNE, phone)).send(), 400, "hotline.category-unknown");
        assertThat(unknown.path("detail").asString()).isEqualTo("There is no category \"NO_SUCH\". Choose one from the list.");
        JsonNode unit = assertProblem(log(operator, call(category, "99999", phone)), 400, "hotline.unit-unknown");
        assertThat(unit.path("detail").asString()).isEqualTo("Không có đơn vị hành chính mã \"99999\". Hãy chọn nơi xảy ra sự việc.");
        var empty = call(category, COMMUNE, phone);
        empty.put("description", "   ");
        assertProblem(log(operator, empty), 400, "hotline.description-invalid");
        empty.put("description", "x".repeat(2001));
        assertProblem(log(operator, empty), 400, "hotline.description-invalid");
        assertProblem(log(operator, call(category, COMMUNE, "12345")), 400, "phone.invalid");
        var future = call(category, COMMUNE, phone);
        future.put("receivedAt", Instant.now().plus(Duration.ofHours(1)).toString());
        assertProblem(log(operator, future), 400, "hotline.received-at-invalid");
        assertProblem(log(official(Role.HOTLINE_OPERATOR, "25198"), call(category, COMMUNE, phone)), 403, "forbidden");
        assertProblem(log(person("Công dân"), call(category, COMMUNE, phone)), 403, "forbidden");
        assertThat(http().post("/api/v1/hotline/items").json(call(category, COMMUNE, phone)).send().status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from hotline_item where category_code = :c").param("c", category)
                .query(Long.class).single()).as("nothing refused was stored").isZero();

        long id = logged(operator, call(category, COMMUNE, phone)).path("id").asLong();
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        assertProblem(change(supervisor, id, Map.of("status", "LOST")), 400, "hotline.status-unknown");
        assertProblem(change(supervisor, id, Map.of()), 400, "hotline.nothing-to-change");
        assertProblem(change(supervisor, id, Map.of("agencyId", 987654321)), 400, "hotline.agency-unknown");
        assertProblem(change(supervisor, 987654321, Map.of("note", "x")), 404, "hotline.item-not-found");
        assertProblem(http().get("/api/v1/hotline/items/987654321").bearer(supervisor.token()).send(), 404,
                "hotline.item-not-found");
        assertProblem(http().get("/api/v1/hotline/stats?unit=" + DISTRICT + "&from=2026-02-01&to=2026-01-01")
                .bearer(supervisor.token()).send(), 400, "hotline.period-invalid");
    }

    @Test
    void onlyTheUnitsAdministratorSetsRulesAndAgenciesAndOnlyNationalAdministratorsCategories() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        String category = category("Quy tắc", 120);
        Agency agency = agency(supervisor, DISTRICT, "Phòng Y tế");

        assertProblem(http().put("/api/v1/hotline/rules").bearer(operator.token())
                .json(Map.of("categoryCode", category, "unitCode", DISTRICT, "agencyId", agency.id())).send(), 403, "forbidden");
        assertProblem(http().put("/api/v1/hotline/rules").bearer(supervisor.token())
                .json(Map.of("categoryCode", category, "unitCode", PROVINCE, "agencyId", agency.id())).send(), 403,
                "forbidden");
        assertProblem(http().put("/api/v1/hotline/rules").bearer(supervisor.token())
                .json(Map.of("categoryCode", "NOPE", "unitCode", DISTRICT, "agencyId", agency.id())).send(), 400,
                "hotline.category-unknown");
        assertProblem(http().post("/api/v1/hotline/agencies").bearer(supervisor.token())
                .json(Map.of("unitCode", DISTRICT, "name", " ", "headPhone", "0912345678")).send(), 400,
                "hotline.agency-name-invalid");
        assertProblem(http().put("/api/v1/hotline/categories/NEW_ONE").bearer(supervisor.token())
                .json(Map.of("nameVi", "Mới", "nameEn", "New", "deadlineMinutes", 300)).send(), 403, "forbidden");

        rule(supervisor, category, DISTRICT, agency.id());
        JsonNode rules = http().get("/api/v1/hotline/rules?unit=" + COMMUNE).bearer(operator.token()).send().json();
        JsonNode mine = rules.values().stream().filter(r -> r.path("categoryCode").asString().equals(category)).findFirst()
                .orElseThrow();
        assertThat(mine.path("agencyId").asLong()).isEqualTo(agency.id());
        JsonNode logged = logged(operator, call(category, COMMUNE, TestHttp.randomPhone()));
        assertThat(logged.path("agencyId").asLong()).isEqualTo(agency.id());
        assertThat(Duration.between(Instant.now(), Instant.parse(logged.path("dueAt").asString())).toMinutes())
                .as("the category's own deadline").isBetween(118L, 120L);

        assertThat(http().delete("/api/v1/hotline/rules/" + mine.path("id").asLong()).bearer(supervisor.token()).send()
                .status()).isEqualTo(204);
        assertThat(logged(operator, call(category, COMMUNE, TestHttp.randomPhone())).path("status").asString())
                .isEqualTo("RECEIVED");
    }

    @Test
    void theApiIsInTheOpenApiDescription() {
        JsonNode paths = http().get("/v3/api-docs").send().json().path("paths");
        assertThat(List.of("/api/v1/hotline/items", "/api/v1/hotline/items/{id}", "/api/v1/hotline/track",
                "/api/v1/hotline/reports", "/api/v1/hotline/stats", "/api/v1/hotline/rules", "/api/v1/hotline/agencies",
                "/api/v1/hotline/categories/{code}")).allMatch(paths::has);
        assertThat(paths.path("/api/v1/hotline/items").path("post").path("summary").asString()).contains("logs a call");
    }

    @Test
    void statisticsCountReceivedOnTimeAndLatePerAgencyAndUnit() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        String category = category("Thống kê", 300);
        Agency agency = agency(supervisor, DISTRICT, "Trạm Y tế Tân Phú");
        rule(supervisor, category, DISTRICT, agency.id());
        long onTime = logged(operator, call(category, COMMUNE, TestHttp.randomPhone())).path("id").asLong();
        long lateOpen = logged(operator, call(category, COMMUNE, TestHttp.randomPhone())).path("id").asLong();
        logged(operator, call(category, COMMUNE, TestHttp.randomPhone()));
        change(agency.head(), onTime, Map.of("status", "HANDLED"));
        age(lateOpen, 6 * 60);

        JsonNode stats = http().get("/api/v1/hotline/stats?unit=" + DISTRICT).bearer(supervisor.token()).send().json();
        JsonNode line = stats.path("byAgency").values().stream()
                .filter(l -> l.path("key").asString().equals(Long.toString(agency.id()))).findFirst().orElseThrow();
        assertThat(line.path("received").asLong()).isEqualTo(3);
        assertThat(line.path("onTime").asLong()).isEqualTo(1);
        assertThat(line.path("late").asLong()).isEqualTo(1);
        assertThat(stats.path("byUnit").values().stream().map(l -> l.path("key").asString())).contains(COMMUNE);
        assertThat(stats.path("total").path("received").asLong()).isGreaterThanOrEqualTo(3);
        assertProblem(http().get("/api/v1/hotline/stats?unit=" + DISTRICT).bearer(agency.head().token()).send(), 403,
                "forbidden");
    }
}
