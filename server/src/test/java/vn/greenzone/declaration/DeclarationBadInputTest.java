package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

/** Every refusal is a 4xx with its own code and a translated message, and stores nothing. */
class DeclarationBadInputTest extends DeclarationFixtures {

    private static Map<String, Object> travel(String departure, String arrival) {
        var journey = new HashMap<String, Object>();
        journey.put("vehicle", "PLANE");
        journey.put("departureUnit", "01");
        journey.put("arrivalUnit", "70");
        journey.put("departureDate", departure);
        journey.put("arrivalDate", arrival);
        return with(with(daily("Lỗi Văn Sai"), "kind", "DOMESTIC_TRAVEL"), "travel", journey);
    }

    private static Map<String, Object> entry(String key, Object value) {
        var entry = new HashMap<String, Object>(Map.of("borderGate", "Mộc Bài", "countries", List.of("KH"),
                "entryDate", today().toString(), "testResult", "NEGATIVE"));
        entry.put(key, value);
        return with(with(daily("Lỗi Văn Sai"), "kind", "ENTRY"), "entry", entry);
    }

    @Test
    void eachMistakeGetsItsOwnRefusalAndNothingIsStored() {
        TestHttp.Token someone = person("Lỗi Văn Sai");
        TestVenue restaurant = venue("RESTAURANT");
        var cases = new java.util.LinkedHashMap<Map<String, Object>, String>();
        cases.put(with(daily("x"), "kind", "WEEKLY"), "declaration.kind-invalid");
        cases.put(with(daily("x"), "fullName", "  "), "declaration.name-required");
        cases.put(with(daily("x"), "fullName", "A".repeat(101)), "declaration.text-too-long");
        cases.put(with(daily("x"), "birthYear", today().getYear() + 1), "declaration.birth-year-invalid");
        cases.put(with(daily("x"), "gender", "X"), "declaration.gender-invalid");
        cases.put(with(daily("x"), "nationality", "ZZ"), "declaration.country-unknown");
        cases.put(with(daily("x"), "unitCode", "99999"), "declaration.unit-unknown");
        cases.put(with(daily("x"), "unitCode", DISTRICT), "declaration.unit-not-commune");
        cases.put(with(daily("x"), "unitCode", null), "declaration.unit-not-commune");
        cases.put(with(daily("x"), "street", null), "declaration.street-required");
        cases.put(with(daily("x"), "phone", "12345"), "phone.invalid");
        cases.put(with(daily("x"), "phone", null), "phone.missing");
        cases.put(with(daily("x"), "email", "not-an-email"), "declaration.email-invalid");
        cases.put(with(daily("x"), "idNumber", "12-34"), "declaration.id-number-invalid");
        cases.put(with(daily("x"), "symptoms", List.of("fever", "headache")), "declaration.answer-unknown");
        cases.put(with(daily("x"), "exposures", List.of("fever")), "declaration.answer-unknown");
        cases.put(with(daily("x"), "visitedUnits", List.of("70", "nowhere")), "declaration.unit-unknown");
        cases.put(with(daily("x"), "visitedCountries", List.of("XX")), "declaration.country-unknown");
        cases.put(with(daily("x"), "kind", "DOMESTIC_TRAVEL"), "declaration.travel-required");
        cases.put(travel(today().toString(), today().minusDays(1).toString()), "declaration.arrival-before-departure");
        cases.put(travel(today().toString(), today().plusDays(1).toString()), "declaration.date-in-future");
        cases.put(with(travel(today().toString(), today().toString()), "travel", Map.of("vehicle", "ROCKET")),
                "declaration.vehicle-invalid");
        cases.put(with(travel(today().toString(), today().toString()), "travel", Map.of("vehicle", "CAR")),
                "declaration.travel-units-required");
        cases.put(with(travel(today().toString(), today().toString()), "travel",
                Map.of("vehicle", "CAR", "departureUnit", "01", "arrivalUnit", "0x", "departureDate", today().toString(),
                        "arrivalDate", today().toString())), "declaration.unit-unknown");
        cases.put(with(daily("x"), "kind", "ENTRY"), "declaration.entry-required");
        cases.put(entry("countries", List.of()), "declaration.entry-countries-required");
        cases.put(entry("countries", List.of("KH", "ATLANTIS")), "declaration.country-unknown");
        cases.put(entry("borderGate", ""), "declaration.border-gate-required");
        cases.put(entry("entryDate", today().plusDays(2).toString()), "declaration.date-in-future");
        cases.put(entry("testResult", "MAYBE"), "declaration.test-result-invalid");
        cases.put(entry("quarantineFacilityId", restaurant.id()), "declaration.facility-invalid");
        cases.put(entry("quarantineFacilityId", 987_654_321L), "declaration.facility-invalid");
        cases.forEach((body, code) -> assertProblem(declare(someone, body), 400, code));
        assertThat(declarationsAbout("person_id", someone.personId())).isZero();
    }

    @Test
    void refusalsAreInVietnameseOrEnglish() {
        TestHttp.Token someone = person("Lỗi Văn Dịch");
        var late = with(with(daily("Lỗi Văn Dịch"), "kind", "DOMESTIC_TRAVEL"), "travel", Map.of("vehicle", "TRAIN",
                "departureUnit", "01", "arrivalUnit", "70", "departureDate", today().toString(),
                "arrivalDate", today().minusDays(3).toString()));
        JsonNode vietnamese = assertProblem(declare(someone, late), 400, "declaration.arrival-before-departure");
        assertThat(vietnamese.path("detail").asString()).isEqualTo("Ngày đến không thể trước ngày khởi hành.");
        JsonNode english = assertProblem(http().post("/api/v1/declarations").bearer(someone.token()).language("en")
                .json(late).send(), 400, "declaration.arrival-before-departure");
        assertThat(english.path("detail").asString()).isEqualTo("The arrival cannot be before the departure.");
        JsonNode year = assertProblem(declare(someone, with(daily("x"), "birthYear", 1899)), 400,
                "declaration.birth-year-invalid");
        assertThat(year.path("detail").asString()).isEqualTo("Năm sinh phải từ 1900 đến năm nay.");
        JsonNode tooLong = assertProblem(http().post("/api/v1/declarations").bearer(someone.token()).language("en")
                .json(with(daily("x"), "street", "x".repeat(201))).send(), 400, "declaration.text-too-long");
        assertThat(tooLong.path("detail").asString())
                .isEqualTo("House number, street, village, residential group: at most 200 characters.");
    }

    @Test
    void malformedRequestsAndStrangersAreRefusedBeforeAnythingIsStored() {
        TestHttp.Token someone = person("Lỗi Văn Hỏng");
        assertProblem(http().post("/api/v1/declarations").bearer(someone.token()).raw("application/json", "{\"kind\":")
                .send(), 400, "malformed-json");
        assertProblem(declare(someone, with(with(daily("x"), "kind", "ENTRY"), "entry",
                Map.of("entryDate", "yesterday"))), 400, "malformed-json");
        assertProblem(http().post("/api/v1/declarations").json(daily("x")).send(), 401, "unauthenticated");
        assertProblem(declare(someone, with(daily("x"), "dependantId", 987_654_321L)), 404, "dependant.not-found");
        assertProblem(http().get("/api/v1/me/declarations/draft?kind=WEEKLY").bearer(someone.token()).send(), 400,
                "invalid-parameter");
        assertThat(declarationsAbout("made_by", someone.personId())).isZero();
    }
}
