package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

/** A resident declares for themself and their child; history, status and the prefilled next declaration. */
class DeclarationApiTest extends DeclarationFixtures {

    @Test
    void aDailyDeclarationIsKeptWithItsTimeAndWhoMadeItAndCountsAsDeclared() {
        TestHttp.Token resident = person("Nguyễn Thị Hạnh");
        TestHttp.Response before = http().get("/api/v1/me/status").bearer(resident.token()).send();
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json().path("declared").asBoolean()).isFalse();

        TestHttp.Response answer = declare(resident, daily("Nguyễn Thị Hạnh"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
        assertThat(body.path("kind").asString()).isEqualTo("DAILY");
        assertThat(body.path("madeAs").asString()).isEqualTo("SELF");
        assertThat(body.path("flagged").asBoolean()).isFalse();
        var row = jdbc.sql("select person_id, dependant_id, made_by, made_as, unit_code, phone, made_at > now() - interval '1 minute' as now "
                        + "from declaration where id = :id")
                .param("id", body.path("id").asLong()).query().singleRow();
        assertThat(row).containsEntry("person_id", resident.personId()).containsEntry("made_by", resident.personId())
                .containsEntry("made_as", "SELF").containsEntry("unit_code", COMMUNE)
                .containsEntry("phone", "+84912345678").containsEntry("now", true);
        assertThat(row.get("dependant_id")).isNull();

        JsonNode status = http().get("/api/v1/me/status").bearer(resident.token()).send().json();
        assertThat(status.path("declared").asBoolean()).isTrue();
        assertThat(status.path("flagged").asBoolean()).isFalse();
        assertThat(status.path("declaredAt").asString()).isEqualTo(body.path("madeAt").asString());
    }

    @Test
    void aGuardianDeclaresForTheirChildButNotForSomeoneElses() {
        TestHttp.Token guardian = person("Trần Văn Bố");
        long child = dependant(guardian, "Trần Bé Bi");
        TestHttp.Response answer = declare(guardian, with(daily("Trần Bé Bi"), "dependantId", child));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().path("madeAs").asString()).isEqualTo("GUARDIAN");
        assertThat(answer.json().path("dependantId").asLong()).isEqualTo(child);
        var row = jdbc.sql("select person_id, dependant_id, made_by from declaration where id = :id")
                .param("id", answer.json().path("id").asLong()).query().singleRow();
        assertThat(row).containsEntry("dependant_id", child).containsEntry("made_by", guardian.personId());
        assertThat(row.get("person_id")).isNull();

        JsonNode status = http().get("/api/v1/me/status").bearer(guardian.token()).send().json();
        assertThat(status.path("declared").asBoolean()).as("the guardian did not declare for themself").isFalse();
        assertThat(status.path("dependants").get(0).path("dependantId").asLong()).isEqualTo(child);
        assertThat(status.path("dependants").get(0).path("declared").asBoolean()).isTrue();

        TestHttp.Token stranger = person("Lê Văn Lạ");
        assertProblem(declare(stranger, with(daily("Trần Bé Bi"), "dependantId", child)), 404, "dependant.not-found");
        assertThat(declarationsAbout("dependant_id", child)).isEqualTo(1);
    }

    @Test
    void historyListsMineAndMyChildsAndTheNextDeclarationIsPrefilled() {
        TestHttp.Token resident = person("Phạm Văn Đầy");
        long child = dependant(resident, "Phạm Bé Đủ");
        var mine = with(with(daily("Phạm Văn Đầy"), "street", "Tổ 3, khu phố Tân Trà"), "email", "day@example.vn");
        declared(resident, with(mine, "chronicConditions", "Tiểu đường"));
        declared(resident, with(daily("Phạm Bé Đủ"), "dependantId", child));

        TestHttp.Response history = http().get("/api/v1/me/declarations").bearer(resident.token()).send();
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().values()).extracting(node -> node.path("declaration").path("fullName").asString())
                .containsExactly("Phạm Bé Đủ", "Phạm Văn Đầy");
        assertThat(history.json().get(1).path("declaration").path("street").asString()).isEqualTo("Tổ 3, khu phố Tân Trà");

        JsonNode draft = http().get("/api/v1/me/declarations/draft").bearer(resident.token()).send().json();
        assertThat(draft.path("kind").asString()).isEqualTo("DAILY");
        assertThat(draft.path("fullName").asString()).as("from the profile").isEqualTo("Phạm Văn Đầy");
        assertThat(draft.path("birthYear").asInt()).as("from the profile").isEqualTo(1990);
        assertThat(draft.path("gender").asString()).as("from the profile").isEqualTo("MALE");
        assertThat(draft.path("street").asString()).as("from the last declaration").isEqualTo("Tổ 3, khu phố Tân Trà");
        assertThat(draft.path("unitCode").asString()).isEqualTo(COMMUNE);
        assertThat(draft.path("email").asString()).isEqualTo("day@example.vn");
        assertThat(draft.path("chronicConditions").asString()).isEqualTo("Tiểu đường");
        assertThat(draft.path("symptoms").values()).as("answers start empty").isEmpty();

        JsonNode childDraft = http().get("/api/v1/me/declarations/draft?kind=DOMESTIC_TRAVEL&dependant=" + child)
                .bearer(resident.token()).send().json();
        assertThat(childDraft.path("kind").asString()).isEqualTo("DOMESTIC_TRAVEL");
        assertThat(childDraft.path("fullName").asString()).isEqualTo("Phạm Bé Đủ");
        assertThat(childDraft.path("birthYear").asInt()).isEqualTo(2018);
        assertThat(childDraft.path("dependantId").asLong()).isEqualTo(child);

        long second = dependant(resident, "Phạm Bé Ba");
        JsonNode firstOfChild = http().get("/api/v1/me/declarations/draft?dependant=" + second).bearer(resident.token())
                .send().json();
        assertThat(firstOfChild.path("fullName").asString()).isEqualTo("Phạm Bé Ba");
        assertThat(firstOfChild.path("street").asString()).as("the guardian's address").isEqualTo("Tổ 3, khu phố Tân Trà");
        assertThat(firstOfChild.path("chronicConditions").isMissingNode()).as("not the guardian's health").isTrue();
        assertThat(firstOfChild.path("email").isMissingNode()).isTrue();

        TestHttp.Response resent = declare(resident, Map.of("kind", "DAILY", "fullName", draft.path("fullName").asString(),
                "birthYear", draft.path("birthYear").asInt(), "gender", draft.path("gender").asString(),
                "nationality", draft.path("nationality").asString(), "unitCode", draft.path("unitCode").asString(),
                "street", draft.path("street").asString(), "phone", draft.path("phone").asString(),
                "symptoms", List.of()));
        assertThat(resent.status()).as("the draft as it comes is a declaration: %s", resent).isEqualTo(201);
        assertProblem(http().get("/api/v1/me/declarations/draft?dependant=" + child).bearer(person("Ai Khác").token())
                .send(), 404, "dependant.not-found");
    }

    @Test
    void travelAndEntryDeclarationsKeepTheirJourneyAndFacility() {
        TestHttp.Token traveller = person("Võ Thị Đi");
        var travel = Map.of("vehicle", "BUS", "vehicleNumber", "93B-012.34", "seat", "12A", "departureUnit", "01",
                "departurePlace", "Bến xe Giáp Bát", "departureDate", today().minusDays(1).toString(),
                "arrivalUnit", "689", "arrivalPlace", "Bến xe Đồng Xoài", "arrivalDate", today().toString());
        long trip = declared(traveller, with(with(daily("Võ Thị Đi"), "kind", "DOMESTIC_TRAVEL"), "travel", travel));
        var row = jdbc.sql("select kind, vehicle, seat, departure_unit, arrival_unit, "
                        + "flagged from declaration where id = :id").param("id", trip).query().singleRow();
        assertThat(row).containsEntry("kind", "DOMESTIC_TRAVEL").containsEntry("vehicle", "BUS").containsEntry("seat", "12A")
                .containsEntry("departure_unit", "01").containsEntry("arrival_unit", "689").containsEntry("flagged", false);

        TestVenue facility = venue("QUARANTINE_FACILITY");
        var entry = Map.of("borderGate", "Cửa khẩu quốc tế Hoa Lư", "countries", List.of("KH", "TH"),
                "entryDate", today().toString(), "testResult", "NEGATIVE", "quarantineFacilityId", facility.id());
        long entered = declared(traveller, with(with(daily("Võ Thị Đi"), "kind", "ENTRY"), "entry", entry));
        var entryRow = jdbc.sql("select border_gate, entry_countries::text as countries, test_result, quarantine_venue_id, "
                        + "vehicle from declaration where id = :id").param("id", entered).query().singleRow();
        assertThat(entryRow).containsEntry("border_gate", "Cửa khẩu quốc tế Hoa Lư").containsEntry("countries", "{KH,TH}")
                .containsEntry("test_result", "NEGATIVE").containsEntry("quarantine_venue_id", facility.id());
        assertThat(entryRow.get("vehicle")).isNull();
    }

    @Test
    void theOptionsAreLabelledInTheCallersLanguage() {
        TestHttp.Token someone = person("Hồ Thị Hỏi");
        JsonNode english = http().get("/api/v1/declarations/options").bearer(someone.token()).language("en").send().json();
        assertThat(english.path("symptoms").get(0).path("code").asString()).isEqualTo("fever");
        assertThat(english.path("symptoms").get(0).path("label").asString()).isEqualTo("Fever");
        assertThat(english.path("exposures").values()).hasSize(3);
        assertThat(english.path("countries").values()).hasSize(249)
                .anySatisfy(country -> assertThat(country.path("label").asString()).isEqualTo("Cambodia"));
        assertThat(english.path("vehicles").get(0).path("label").asString()).isEqualTo("Plane");
        JsonNode vietnamese = http().get("/api/v1/declarations/options").bearer(someone.token()).send().json();
        assertThat(vietnamese.path("symptoms").get(0).path("label").asString()).isEqualTo("Sốt");
        assertThat(vietnamese.path("countries").values())
                .anySatisfy(country -> assertThat(country.path("label").asString()).isEqualTo("Campuchia"));
    }
}
