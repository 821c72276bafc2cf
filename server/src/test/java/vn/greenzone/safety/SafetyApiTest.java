package vn.greenzone.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Self-assessment, the officials' list by colour, inspections overriding it, photos, and registry imports. */
class SafetyApiTest extends SafetyFixtures {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void everyVenueTypeOfTheSeedsHasACriteriaSetInBothLanguages() {
        JsonNode sets = http().get("/api/v1/safety/criteria-sets").bearer(owner().token()).send().json();
        assertThat(sets.path("criteriaSets").propertyNames()).containsExactlyInAnyOrder("school", "hospital", "hotel",
                "quarantine-hotel", "transport-company", "vehicle", "station", "workplace", "market");
        assertThat(sets.path("categories").path("SHOPPING_CENTRE").asString()).isEqualTo("market");
        JsonNode school = http().get("/api/v1/safety/criteria-sets/school").bearer(owner().token()).send().json();
        assertThat(school.path("nameVi").asString()).isEqualTo("Trường học");
        assertThat(school.path("criteria").get(0).path("en").asString()).isNotBlank();
        assertThat(school.path("criteria").get(0).path("weight").asInt()).isPositive();
    }

    @Test
    void theOwnersAnswersGiveTheColourOfficialsSeeAndTheInspectorsVerdictOverridesIt() {
        TestHttp.Token owner = owner();
        long market = venue(owner, "Chợ Tân Phú", "MARKET", COMMUNE, uniqueAddress());
        assertThat(http().get("/api/v1/venues/" + market + "/safety").bearer(owner.token()).send().json()
                .path("colour").asString()).isEqualTo("NONE");

        // 6 + 2 + 2 + 2 + 2 + 1 of 22 weighted points: 68 %, at risk.
        TestHttp.Response assessed = assess(owner, market, market(2, 1, 1, 2, 1, 1));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        assertThat(assessed.json().path("colour").asString()).isEqualTo("YELLOW");
        assertThat(assessed.json().path("score").asInt()).isEqualTo(68);
        assertThat(assessed.json().has("riskBand")).as("only workplaces have a risk band").isFalse();
        assertThat(jdbc.sql("select answers::text from safety_assessment where venue_id = :v").param("v", market)
                .query(String.class).single()).isEqualTo("{2,1,1,2,1,1}");

        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        JsonNode yellow = http().get("/api/v1/safety/venues?unit=" + DISTRICT + "&colour=YELLOW&category=MARKET")
                .bearer(tracer.token()).send().json();
        assertThat(ids(yellow)).contains(market);
        assertThat(ids(http().get("/api/v1/safety/venues?unit=" + DISTRICT + "&colour=GREEN").bearer(tracer.token())
                .send().json())).doesNotContain(market);
        assertThat(http().get("/api/v1/safety/venues?unit=" + DISTRICT).bearer(owner.token()).send().status())
                .as("a venue owner is no official").isEqualTo(403);

        // The inspector plans a visit, finds it better than the owner said, and decides green.
        TestHttp.Token inspector = official(Role.INSPECTOR, DISTRICT);
        JsonNode planned = plan(inspector, market, TODAY.plusDays(1).toString());
        assertThat(planned.has("inspectedAt")).isFalse();
        TestHttp.Response recorded = record(inspector, planned.path("id").asLong(), Map.of(
                "findings", market(2, 2, 2, 2, 1, 2), "verdict", "GREEN", "note", "Đã giãn cách quầy hàng.",
                "fixBy", TODAY.plusDays(7).toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().path("verdict").asString()).isEqualTo("GREEN");
        assertThat(recorded.json().path("score").asInt()).isEqualTo(91);
        JsonNode now = http().get("/api/v1/venues/" + market + "/safety").bearer(owner.token()).send().json();
        assertThat(now.path("colour").asString()).isEqualTo("GREEN");
        assertThat(now.path("byInspection").asBoolean()).isTrue();
        assertThat(ids(http().get("/api/v1/safety/venues?unit=" + DISTRICT + "&colour=GREEN").bearer(tracer.token())
                .send().json())).contains(market);
        assertThat(http().get("/api/v1/inspections?unit=" + DISTRICT).bearer(inspector.token()).send().json()
                .findValues("id").stream().map(JsonNode::asLong).toList()).contains(planned.path("id").asLong());

        // A rating older than the re-assessment interval (7 days) turns grey.
        jdbc.sql("update safety_inspection set inspected_at = now() - interval '8 days' where venue_id = :v")
                .param("v", market).update();
        jdbc.sql("update safety_assessment set assessed_at = now() - interval '9 days' where venue_id = :v")
                .param("v", market).update();
        assertThat(http().get("/api/v1/venues/" + market + "/safety").bearer(owner.token()).send().json()
                .path("colour").asString()).isEqualTo("GREY");
    }

    @Test
    void aWorkplaceGetsItsRiskBandAndThePosterPageShowsTheColour() {
        TestHttp.Token owner = owner();
        JsonNode registered = register(owner, "Công ty May Đồng Phú", "OFFICE", OTHER_COMMUNE, uniqueAddress());
        long office = registered.path("id").asLong();
        // masks 2, distance 3, checkin 2, canteen 2, shuttle 1, testing 3, covid team 2: 26 of 30 met is 87 %.
        JsonNode state = assess(owner, office, Map.of("masks", 2, "distance", 2, "checkin", 2, "canteen", 0,
                "shuttle", 2, "testing", 2, "covid-team", 2)).json();
        assertThat(state.path("score").asInt()).isEqualTo(87);
        assertThat(state.path("colour").asString()).isEqualTo("GREEN");
        assertThat(state.path("riskBand").asString()).isEqualTo("VERY_LOW");
        assertThat(assess(owner, office, Map.of("masks", 1, "distance", 1, "checkin", 1, "canteen", 1, "shuttle", 1,
                "testing", 0, "covid-team", 0)).json().path("riskBand").asString()).isEqualTo("HIGH");

        String posterPath = registered.path("posterUrl").asString().replaceFirst("https?://[^/]+", "");
        TestHttp.Response poster = http().get(posterPath).html().send();
        assertThat(poster.status()).as(poster.toString()).isEqualTo(200);
        assertThat(poster.body()).contains("Đỏ – không an toàn").contains("Nguy cơ cao");
    }

    @Test
    void anInspectionPhotoIsStoredAndShownToInspectors() {
        TestHttp.Token owner = owner();
        long school = venue(owner, "Trường Tiểu học Tân Phú", "SCHOOL", COMMUNE, uniqueAddress());
        TestHttp.Token inspector = official(Role.INSPECTOR, COMMUNE);
        long id = plan(inspector, school, TODAY.toString()).path("id").asLong();
        TestHttp.Response attached = http().put("/api/v1/inspections/" + id + "/photo").bearer(inspector.token())
                .bytes("image/png", PNG).send();
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        assertThat(attached.json().path("hasPhoto").asBoolean()).isTrue();
        TestHttp.Response photo = http().get("/api/v1/inspections/" + id + "/photo").bearer(inspector.token()).send();
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(jdbc.sql("select photo from safety_inspection where id = :id").param("id", id).query(byte[].class)
                .single()).isEqualTo(PNG);
        assertThat(http().get("/api/v1/inspections/" + id + "/photo").bearer(owner.token()).send().status())
                .as("the owner is not an inspector").isEqualTo(403);
    }

    @Test
    void aRegistryListIsMatchedByFoldedAddressAndTheUnmatchedAreFollowedUp() throws IOException {
        TestHttp.Token owner = owner();
        String street = "Lê Lợi " + System.nanoTime();
        long registered = venue(owner, "Quán Phở Hòa", "RESTAURANT", COMMUNE, "Số 12, Đường " + street);
        TestHttp.Token inspector = official(Role.INSPECTOR, DISTRICT);
        String csv = "Tên cơ sở;Địa chỉ;Mã đơn vị;Ngành\n"
                + "Phở Hòa;12 đ. " + street + ";" + COMMUNE + ";Ăn uống\n"
                + "Tiệm Vàng Kim;\"Số 3, Đường Hai Bà Trưng\";" + COMMUNE + ";Bán lẻ\n"
                + "Xưởng Gỗ Tân;Tổ 4 Ấp Thuận Hòa;" + OTHER_COMMUNE + ";Sản xuất\n"
                + "Không Rõ;Số 1;99999;Bán lẻ\n"
                + "Ở Hà Nội;Số 2 Phố Quán Thánh;" + ELSEWHERE + ";Bán lẻ\n";
        TestHttp.Response imported = http().post("/api/v1/safety/registry-imports?unit=" + DISTRICT + "&fileName=dkkd.csv")
                .bearer(inspector.token()).language("en").bytes("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode result = imported.json();
        assertThat(result.path("accepted").asInt()).isEqualTo(3);
        assertThat(result.path("refused").findValues("row").stream().map(JsonNode::asInt).toList()).containsExactly(5, 6);
        assertThat(result.path("refused").get(0).path("reason").asString())
                .isEqualTo("There is no administrative unit with code \"99999\".");
        assertThat(result.path("refused").get(1).path("code").asString()).isEqualTo("safety.row.unit-outside");
        assertThat(result.path("unregistered").findValues("name").stream().map(JsonNode::asString).toList())
                .containsExactly("Tiệm Vàng Kim", "Xưởng Gỗ Tân");
        assertThat(jdbc.sql("select matched_venue_id from safety_registry_entry where import_id = :i and row_number = 2")
                .param("i", result.path("id").asLong()).query(Long.class).single()).isEqualTo(registered);

        JsonNode toVisit = http().get("/api/v1/safety/unregistered?unit=" + DISTRICT + "&status=TO_VISIT")
                .bearer(inspector.token()).send().json();
        long vang = result.path("unregistered").get(0).path("id").asLong();
        assertThat(toVisit.findValues("id").stream().map(JsonNode::asLong).toList()).contains(vang);
        TestHttp.Response fined = http().put("/api/v1/safety/unregistered/" + vang).bearer(inspector.token())
                .json(Map.of("status", "FINED")).send();
        assertThat(fined.json().path("status").asString()).isEqualTo("FINED");
        assertThat(http().get("/api/v1/safety/unregistered?unit=" + DISTRICT + "&status=TO_VISIT")
                .bearer(inspector.token()).send().json().findValues("id").stream().map(JsonNode::asLong).toList())
                .doesNotContain(vang);

        // The same list as an Excel workbook, the unit code typed as a number.
        var xlsx = new ByteArrayOutputStream();
        var workbook = new Workbook(xlsx, "test", "1.0");
        var sheet = workbook.newWorksheet("DN");
        List<String> headings = List.of("name", "address", "unit code", "sector");
        for (int column = 0; column < headings.size(); column++) {
            sheet.value(0, column, headings.get(column));
        }
        sheet.value(1, 0, "Tạp hoá Bình");
        sheet.value(1, 1, "Số 9 Đường Nguyễn Trãi");
        sheet.value(1, 2, Integer.parseInt(COMMUNE));
        sheet.value(1, 3, "Bán lẻ");
        workbook.finish();
        TestHttp.Response fromExcel = http().post("/api/v1/safety/registry-imports?unit=" + DISTRICT)
                .bearer(inspector.token()).bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx.toByteArray()).send();
        assertThat(fromExcel.status()).as(fromExcel.toString()).isEqualTo(201);
        assertThat(fromExcel.json().path("unregistered").get(0).path("unitCode").asString()).isEqualTo(COMMUNE);
    }

    @Test
    void theApiIsDescribed() {
        JsonNode paths = http().get("/v3/api-docs").send().json().path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/venues/{id}/safety", "/api/v1/safety/venues",
                "/api/v1/safety/criteria-sets/{key}", "/api/v1/inspections", "/api/v1/inspections/{id}",
                "/api/v1/inspections/{id}/photo", "/api/v1/safety/registry-imports", "/api/v1/safety/unregistered/{id}");
        assertThat(paths.path("/api/v1/safety/venues").path("get").path("summary").asString()).isNotBlank();
    }

    private static List<Long> ids(JsonNode venues) {
        return venues.findValues("venueId").stream().map(JsonNode::asLong).toList();
    }
}
