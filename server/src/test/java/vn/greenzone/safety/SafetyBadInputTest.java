package vn.greenzone.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Unknown types, answers out of range, wrong photos and registry files: translated 4xx, never a 500, nothing stored. */
class SafetyBadInputTest extends SafetyFixtures {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void answersMustCoverTheVenuesCriteriaWithinRange() {
        TestHttp.Token owner = owner();
        long market = venue(owner, "Chợ Thuận Lợi", "MARKET", OTHER_COMMUNE, uniqueAddress());

        var answers = new HashMap<String, Object>(market(2, 2, 2, 2, 2, 3));
        JsonNode refusal = assertProblem(http().post("/api/v1/venues/" + market + "/safety").bearer(owner.token())
                .language("en").json(Map.of("answers", answers)).send(), 400, "safety.answer-out-of-range");
        assertThat(refusal.path("detail").asString())
                .isEqualTo("The answer for \"cleaning\" must be 0 (not met), 1 (partly met) or 2 (met).");
        answers.put("cleaning", -1);
        assertProblem(assess(owner, market, answers), 400, "safety.answer-out-of-range");
        answers.remove("cleaning");
        assertThat(assertProblem(assess(owner, market, answers), 400, "safety.answer-missing").path("detail").asString())
                .isEqualTo("Hãy trả lời mọi tiêu chí (còn thiếu \"cleaning\").");
        answers.put("cleaning", 2);
        answers.put("teleportation", 2);
        assertProblem(assess(owner, market, answers), 400, "safety.criterion-unknown");
        answers.remove("teleportation");
        answers.put("cleaning", "yes");
        assertProblem(assess(owner, market, answers), 400, "malformed-json");
        assertProblem(http().post("/api/v1/venues/" + market + "/safety").bearer(owner.token()).json(Map.of()).send(),
                400, "invalid-fields");

        long restaurant = venue(owner, "Quán Ốc Thuận Lợi", "RESTAURANT", OTHER_COMMUNE, uniqueAddress());
        assertProblem(assess(owner, restaurant, market(2, 2, 2, 2, 2, 2)), 409, "safety.category-without-criteria");
        assertProblem(http().get("/api/v1/safety/criteria-sets/spaceport").bearer(owner.token()).send(), 404,
                "safety.type-unknown");
        assertProblem(assess(owner(), market, market(2, 2, 2, 2, 2, 2)), 403, "forbidden");
        assertProblem(http().post("/api/v1/venues/" + market + "/safety").json(Map.of("answers", market(2, 2, 2, 2, 2, 2)))
                .send(), 401, "unauthenticated");
        assertProblem(assess(owner, 99_999_999L, market(2, 2, 2, 2, 2, 2)), 404, "venue.not-found");
        assertThat(jdbc.sql("select count(*) from safety_assessment where venue_id in (:a, :b)")
                .param("a", market).param("b", restaurant).query(Long.class).single()).isZero();

        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        assertProblem(http().get("/api/v1/safety/venues?unit=" + DISTRICT + "&colour=PURPLE").bearer(tracer.token())
                .send(), 400, "invalid-parameter");
        assertProblem(http().get("/api/v1/safety/venues?unit=99999").bearer(tracer.token()).send(), 404,
                "unit.not-found");
        assertProblem(http().get("/api/v1/safety/venues?unit=" + ELSEWHERE).bearer(tracer.token()).send(), 403,
                "forbidden");
    }

    @Test
    void inspectionsRefuseWrongDaysVerdictsAndSecondRecordings() {
        TestHttp.Token owner = owner();
        long hotel = venue(owner, "Khách sạn Đồng Phú", "HOTEL", COMMUNE, uniqueAddress());
        TestHttp.Token inspector = official(Role.INSPECTOR, DISTRICT);
        Map<String, Object> findings = Map.of("declaration", 2, "masks", 2, "handwash", 2, "cleaning", 1, "distance", 2);

        assertProblem(http().post("/api/v1/inspections").bearer(inspector.token())
                .json(Map.of("venueId", hotel, "plannedFor", TODAY.minusDays(1).toString())).send(), 400,
                "safety.planned-in-past");
        assertProblem(http().post("/api/v1/inspections").bearer(official(Role.CONTACT_TRACER, DISTRICT).token())
                .json(Map.of("venueId", hotel, "plannedFor", TODAY.toString())).send(), 403, "forbidden");
        assertProblem(http().post("/api/v1/inspections").bearer(official(Role.INSPECTOR, ELSEWHERE).token())
                .json(Map.of("venueId", hotel, "plannedFor", TODAY.toString())).send(), 403, "forbidden");
        long id = plan(inspector, hotel, TODAY.toString()).path("id").asLong();
        assertProblem(record(inspector, id, Map.of("findings", findings, "verdict", "GREY")), 400, "safety.verdict-invalid");
        assertProblem(record(inspector, id, Map.of("findings", findings, "verdict", "BLUE")), 400, "malformed-json");
        assertProblem(record(inspector, id, Map.of("findings", findings, "fixBy", TODAY.minusDays(1).toString())), 400,
                "safety.fix-by-in-past");
        assertProblem(record(inspector, id, Map.of("findings", findings, "note", "x".repeat(1001))), 400,
                "safety.note-too-long");
        assertProblem(record(inspector, id, Map.of("findings", Map.of("masks", 2))), 400, "safety.answer-missing");
        assertProblem(record(inspector, 99_999_999L, Map.of("findings", findings)), 404, "safety.inspection-not-found");
        assertThat(record(inspector, id, Map.of("findings", findings)).json().path("verdict").asString())
                .as("without a verdict the findings' colour counts: 18 of 20 is 90 %").isEqualTo("GREEN");
        assertProblem(record(inspector, id, Map.of("findings", findings)), 409, "safety.inspection-recorded");
    }

    @Test
    void photosMustBeJpegOrPngByTheirBytesAndAtMostFiveMegabytes() {
        TestHttp.Token owner = owner();
        long station = venue(owner, "Bến xe Đồng Phú", "STATION", COMMUNE, uniqueAddress());
        TestHttp.Token inspector = official(Role.INSPECTOR, DISTRICT);
        long id = plan(inspector, station, TODAY.toString()).path("id").asLong();

        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        JsonNode notImage = assertProblem(http().put("/api/v1/inspections/" + id + "/photo").bearer(inspector.token())
                .language("en").bytes("image/png", script).send(), 415, "safety.photo-not-image");
        assertThat(notImage.path("detail").asString()).isEqualTo("Only JPEG or PNG photos are accepted.");
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        assertProblem(http().put("/api/v1/inspections/" + id + "/photo").bearer(inspector.token())
                .bytes("image/jpeg", large).send(), 413, "safety.photo-too-large");
        assertProblem(http().put("/api/v1/inspections/" + id + "/photo").bearer(inspector.token())
                .bytes("image/jpeg", new byte[0]).send(), 400, "safety.photo-empty");
        assertProblem(http().put("/api/v1/inspections/" + id + "/photo").bearer(inspector.token())
                .bytes("text/plain", PNG).send(), 415, "unsupported-media-type");
        assertThat(jdbc.sql("select count(*) from safety_inspection where id = :id and photo is not null")
                .param("id", id).query(Long.class).single()).isZero();
        assertProblem(http().get("/api/v1/inspections/" + id + "/photo").bearer(inspector.token()).send(), 404,
                "safety.photo-not-found");
    }

    @Test
    void aRegistryFileRefusedAsAWholeStoresNothing() {
        TestHttp.Token inspector = official(Role.INSPECTOR, DISTRICT);
        long before = jdbc.sql("select count(*) from safety_registry_entry").query(Long.class).single();

        JsonNode nothing = assertProblem(importCsv(inspector, "name,address,unit code,sector\nA,Số 1,99999,Bán lẻ\n"
                + "B,Số 2," + ELSEWHERE + ",Bán lẻ\n"), 400, "safety.registry-nothing-accepted");
        assertThat(nothing.path("detail").asString()).isEqualTo(
                "Không nhập được dòng nào. Dòng 2: Không có đơn vị hành chính mã \"99999\".");
        assertProblem(importCsv(inspector, "name,address,sector\nA,Số 1,Bán lẻ\n"), 400, "safety.registry-columns");
        assertProblem(importCsv(inspector, "name,address,unit code,sector\n"), 400, "safety.registry-empty");
        assertProblem(importCsv(inspector, ""), 400, "safety.registry-empty");
        assertProblem(importCsv(inspector, "name,address,unit code,sector\n\"A,Số 1," + COMMUNE + ",Bán lẻ\n"), 400,
                "safety.registry-unreadable");
        assertProblem(http().post("/api/v1/safety/registry-imports?unit=" + DISTRICT).bearer(inspector.token())
                .bytes("application/octet-stream", new byte[] {(byte) 0xC3, 0x28, 0, 1}).send(), 400,
                "safety.registry-unreadable");
        assertProblem(http().post("/api/v1/safety/registry-imports?unit=" + DISTRICT).bearer(inspector.token())
                .bytes("application/octet-stream", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}).send(), 400,
                "safety.registry-unreadable");
        assertProblem(importCsv(inspector, "name,address,unit code,sector\n"
                + ("A,Số 1," + COMMUNE + ",Bán lẻ\n").repeat(5001)), 400, "safety.registry-too-many-rows");
        assertProblem(http().post("/api/v1/safety/registry-imports?unit=" + DISTRICT).bearer(owner().token())
                .bytes("text/csv", "name,address,unit code,sector\nA,Số 1,25363,Bán lẻ\n".getBytes(StandardCharsets.UTF_8))
                .send(), 403, "forbidden");
        assertThat(jdbc.sql("select count(*) from safety_registry_entry").query(Long.class).single()).isEqualTo(before);

        assertProblem(http().put("/api/v1/safety/unregistered/99999999").bearer(inspector.token())
                .json(Map.of("status", "CLOSED")).send(), 404, "safety.registry-entry-not-found");
    }

    private TestHttp.Response importCsv(TestHttp.Token inspector, String csv) {
        return http().post("/api/v1/safety/registry-imports?unit=" + DISTRICT).bearer(inspector.token())
                .bytes("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
    }
}
