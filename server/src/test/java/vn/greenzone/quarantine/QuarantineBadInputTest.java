package vn.greenzone.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Every refusal of enrolment, reports and the numbers is a translated problem with a fitting 4xx, never a 500. */
class QuarantineBadInputTest extends QuarantineFixtures {

    @Test
    void enrolmentRefusesMissingFieldsImpossibleDatesAndWrongPlaces() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        String phone = phoneOf(person("Bùi Văn Sai"));
        var body = new HashMap<String, Object>(atHome(phone, today()));

        body.put("startDate", today().plusDays(1).toString());
        assertProblem(enrol(officer, body), 400, "quarantine.start-in-future");
        body.put("startDate", today().toString());
        body.put("plannedEnd", today().toString());
        JsonNode refusal = assertProblem(http().post("/api/v1/quarantines").bearer(officer.token()).language("en")
                .json(body).send(), 400, "quarantine.end-before-start");
        assertThat(refusal.path("detail").asString()).isEqualTo("The planned end must be after the start.");
        body.put("startDate", today().minusDays(20).toString());
        body.put("plannedEnd", today().minusDays(1).toString());
        assertProblem(enrol(officer, body), 400, "quarantine.end-in-past");
        body.put("plannedEnd", today().plusDays(60).toString());
        assertProblem(enrol(officer, body), 400, "quarantine.too-long");
        body.remove("plannedEnd");
        body.put("startDate", "tomorrow");
        assertProblem(enrol(officer, body), 400, "malformed-json");
        body.remove("startDate");

        body.remove("place");
        assertProblem(enrol(officer, body), 400, "quarantine.place-required");
        body.put("place", "HOME");
        body.put("unitCode", "99999");
        assertProblem(enrol(officer, body), 400, "quarantine.unit-unknown");
        body.put("unitCode", DISTRICT);
        assertProblem(enrol(officer, body), 400, "quarantine.unit-not-commune");
        body.put("unitCode", COMMUNE);
        body.put("street", " ");
        assertProblem(enrol(officer, body), 400, "quarantine.street-invalid");
        body.put("street", "Số 3");
        body.put("unitCode", "00004"); // Phường Trúc Bạch, Hà Nội: not theirs
        assertProblem(enrol(officer, body), 403, "forbidden");
        body.put("unitCode", COMMUNE);

        var atFacility = new HashMap<String, Object>(Map.of("phone", phone, "place", "FACILITY"));
        assertProblem(enrol(officer, atFacility), 400, "quarantine.facility-required");
        atFacility.put("facilityId", venue("RESTAURANT").id());
        assertProblem(enrol(officer, atFacility), 400, "quarantine.not-a-facility");
        atFacility.put("facilityId", 99_999_999L);
        assertProblem(enrol(officer, atFacility), 404, "venue.not-found");

        body.put("officerId", person("Dân Thường").personId());
        assertProblem(enrol(officer, body), 400, "quarantine.officer-invalid");
        body.remove("officerId");
        body.put("idNumber", "079190000001");
        assertProblem(enrol(officer, body), 400, "quarantine.subject-required");
        body.remove("phone");
        assertProblem(enrol(officer, body), 404, "quarantine.person-not-found");
        body.remove("idNumber");
        body.put("phone", "12345");
        assertProblem(enrol(officer, body), 400, "phone.invalid");
        body.remove("phone");
        body.put("contactId", 99_999_999L);
        assertProblem(enrol(officer, body), 404, "contact.not-found");

        assertProblem(enrol(person("Người Dân"), atHome(phone, today())), 403, "forbidden");
        assertProblem(http().post("/api/v1/quarantines").json(atHome(phone, today())).send(), 401, "unauthenticated");
        assertThat(jdbc.sql("select count(*) from quarantine q join person p on p.id = q.person_id where p.phone = :p")
                .param("p", TestHttp.international(phone)).query(Long.class).single()).as("nothing refused was stored").isZero();
    }

    @Test
    void reportsRefuseForgedLinksEmptyOrContradictoryAnswersAndImpossibleTemperatures() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        String phone = phoneOf(person("Ngô Thị Đo"));
        long id = enrolled(officer, atHome(phone, today()));
        String token = linkToken(phone);

        assertProblem(reportByLink(id, "AAAAAAAAAAAAAAAAAAAAAA", Map.of("healthy", true)), 404, "quarantine.link-invalid");
        assertProblem(reportByLink(id, "not a token", Map.of("healthy", true)), 404, "quarantine.link-invalid");
        assertProblem(reportByLink(id + 1, token, Map.of("healthy", true)), 404, "quarantine.link-invalid");
        assertProblem(http().post("/api/v1/quarantines/" + id + "/reports").json(Map.of("healthy", true)).send(), 401,
                "unauthenticated");
        JsonNode hot = assertProblem(http().post("/api/v1/quarantines/" + id + "/reports").language("en")
                .json(Map.of("token", token, "temperature", 50)).send(), 400, "quarantine.temperature-out-of-range");
        assertThat(hot.path("detail").asString()).isEqualTo("The temperature must be from 34.0 to 43.0 °C.");
        assertProblem(reportByLink(id, token, Map.of()), 400, "quarantine.report-empty");
        assertProblem(reportByLink(id, token, Map.of("healthy", true, "symptoms", List.of("COUGH"))), 400,
                "quarantine.report-contradiction");
        assertProblem(reportByLink(id, token, Map.of("healthy", true, "temperature", 39)), 400,
                "quarantine.report-contradiction");
        assertProblem(reportByLink(id, token, Map.of("symptoms", List.of("HEADACHE"))), 400, "malformed-json");
        assertProblem(reportByLink(id, token, Map.of("healthy", true, "note", "x".repeat(501))), 400,
                "quarantine.note-too-long");
        assertThat(jdbc.sql("select count(*) from quarantine_report where quarantine_id = :id").param("id", id)
                .query(Long.class).single()).as("no refused report was stored").isZero();

        // Wrong links from one address are counted, and stop after twenty.
        String address = TestHttp.randomAddress();
        for (int i = 0; i < 20; i++) {
            http().post("/api/v1/quarantines/" + id + "/reports").from(address)
                    .json(Map.of("token", "B".repeat(22), "healthy", true)).send();
        }
        TestHttp.Response blocked = http().post("/api/v1/quarantines/" + id + "/reports").from(address)
                .json(Map.of("token", token, "healthy", true)).send();
        assertProblem(blocked, 429, "quarantine.link-too-many");
        assertThat(blocked.header("Retry-After")).isPresent();
        assertThat(reportByLink(id, token, Map.of("healthy", true)).status()).as("from another address").isEqualTo(201);
    }

    @Test
    void theBoardAndTheNumbersRefuseOutsidersAndImpossiblePeriods() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        long id = enrolled(officer, atHome(phoneOf(person("Hồ Văn Xem")), today()));
        TestHttp.Token faraway = official(Role.QUARANTINE_OFFICER, "01");
        TestHttp.Token citizen = person("Dân Tò Mò");
        assertProblem(http().get("/api/v1/quarantines/" + id).bearer(faraway.token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/quarantines/" + id).bearer(citizen.token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/quarantines?unit=" + DISTRICT).bearer(citizen.token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/quarantines?unit=" + DISTRICT).send(), 401, "unauthenticated");
        assertProblem(http().get("/api/v1/quarantines/99999999").bearer(officer.token()).send(), 404, "quarantine.not-found");
        assertProblem(http().get("/api/v1/quarantines?unit=" + DISTRICT + "&state=LOST").bearer(officer.token()).send(),
                400, "invalid-parameter");
        assertProblem(http().get("/api/v1/quarantines?unit=" + DISTRICT + "&limit=5000").bearer(officer.token()).send(),
                400, "invalid-parameter");
        assertProblem(http().get("/api/v1/quarantines?unit=nowhere").bearer(officer.token()).send(), 404, "unit.not-found");
        assertProblem(act(faraway, id, Map.of("action", "CALL")), 403, "forbidden");

        String stats = "/api/v1/quarantines/stats?unit=" + DISTRICT;
        assertProblem(http().get(stats + "&from=" + today() + "&to=" + today().plusDays(1)).bearer(officer.token()).send(),
                400, "quarantine.stats-in-future");
        assertProblem(http().get(stats + "&from=" + today() + "&to=" + today().minusDays(1)).bearer(officer.token()).send(),
                400, "quarantine.stats-range-invalid");
        assertProblem(http().get(stats + "&from=" + today().minusDays(100) + "&to=" + today()).bearer(officer.token()).send(),
                400, "quarantine.stats-too-long");
        assertProblem(http().get(stats + "&from=" + today()).bearer(officer.token()).send(), 400, "missing-parameter");
        assertProblem(http().get(stats + "&from=yesterday&to=" + today()).bearer(officer.token()).send(), 400,
                "invalid-parameter");
        assertProblem(http().get(stats + "&from=" + today() + "&to=" + today()).bearer(citizen.token()).send(), 403,
                "forbidden");
    }
}
