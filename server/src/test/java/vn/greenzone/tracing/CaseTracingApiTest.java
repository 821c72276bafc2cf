package vn.greenzone.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The tracer's story through the API: a case, its visits, F1 by overlap, decisions, F2 from a confirmed
 * F1, notices sent once, follow-up, and a contact who tests positive joining the cluster.
 */
class CaseTracingApiTest extends TracingFixtures {

    private record Crowd(TestHttp.Token f0, TestHttp.Token f1, TestHttp.Token brief, TestHttp.Token f2,
            TestHttp.Token elsewhere, TestVenue restaurant, TestVenue cafe) {
    }

    /** F0 and F1 share a restaurant for 1h59; "brief" stays 10 minutes; F1 later meets F2 at a café. */
    private Crowd crowd() {
        TestVenue restaurant = venue("RESTAURANT");
        TestVenue cafe = venue("RESTAURANT");
        String atRestaurant = deviceKey(restaurant);
        String atCafe = deviceKey(cafe);
        TestHttp.Token f0 = person("Nguyễn Văn Không");
        TestHttp.Token f1 = person("Trần Thị Một");
        TestHttp.Token brief = person("Lê Văn Ngắn");
        TestHttp.Token f2 = person("Phạm Thị Hai");
        TestHttp.Token elsewhere = person("Hoàng Văn Xa");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(6));
        deviceVisit(atRestaurant, printedQr(f0), start);
        deviceVisit(atRestaurant, printedQr(f1), start.plus(Duration.ofMinutes(1)));
        // Arrives 10 minutes before the F0's assumed two-hour stay ends: not a close contact.
        deviceVisit(atRestaurant, printedQr(brief), start.plus(Duration.ofMinutes(110)));
        deviceVisit(atCafe, printedQr(f1), start.plus(Duration.ofHours(3)));
        deviceVisit(atCafe, printedQr(f2), start.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(30)));
        deviceVisit(atCafe, printedQr(elsewhere), start.minus(Duration.ofHours(5)));
        return new Crowd(f0, f1, brief, f2, elsewhere, restaurant, cafe);
    }

    @Test
    void aCaseFindsItsVenuesAndF1ThenF2OnceTheF1IsConfirmed() {
        Crowd crowd = crowd();
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        long caseId = caseOf(tracer, phoneOf(crowd.f0()));

        TestHttp.Response visits = http().get("/api/v1/cases/" + caseId + "/visits").bearer(tracer.token()).send();
        assertThat(visits.status()).as(visits.toString()).isEqualTo(200);
        JsonNode visit = visits.json().path("visits").get(0);
        assertThat(visits.json().path("visits").size()).isEqualTo(1);
        assertThat(visit.path("venueId").asLong()).isEqualTo(crowd.restaurant().id());
        assertThat(visit.path("method").asText()).isEqualTo("DEVICE");
        assertThat(visit.path("departureKnown").asText()).isIn("EXPECTED", "INFERRED");

        JsonNode f1s = contacts(tracer, caseId, 1);
        assertThat(personIds(f1s, 1)).containsExactly(crowd.f1().personId());
        JsonNode f1 = contactOf(f1s, crowd.f1().personId());
        assertThat(f1.path("overlapMinutes").asInt()).isEqualTo(119);
        assertThat(f1.path("decision").asText()).isEqualTo("CANDIDATE");
        assertThat(f1.path("person").path("masked").asBoolean()).isTrue();
        assertThat(f1.path("person").path("name").asText()).isEqualTo("TRAN T** M**");
        assertThat(f1.path("paths").get(0).path("venueId").asLong()).isEqualTo(crowd.restaurant().id());

        // F2 appear only through a confirmed F1.
        assertThat(personIds(contacts(tracer, caseId, 2), 2)).isEmpty();
        long f1Contact = f1.path("id").asLong();
        TestHttp.Response confirmed = http().post("/api/v1/cases/" + caseId + "/contacts/" + f1Contact + "/decision")
                .bearer(tracer.token()).json(Map.of("decision", "CONFIRMED")).send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("decision").asText()).isEqualTo("CONFIRMED");
        JsonNode both = contacts(tracer, caseId, 2);
        assertThat(personIds(both, 2)).containsExactly(crowd.f2().personId());
        JsonNode f2 = contactOf(both, crowd.f2().personId());
        assertThat(f2.path("paths").get(0).path("fromContactId").asLong()).isEqualTo(f1Contact);
        assertThat(f2.path("paths").get(0).path("venueId").asLong()).isEqualTo(crowd.cafe().id());
        assertThat(contactOf(both, crowd.elsewhere().personId())).as("at the café before the F1 came").isNull();
        assertThat(contactOf(both, crowd.brief().personId())).isNull();

        // Withdrawing the confirmation drops the F2 candidates again.
        http().post("/api/v1/cases/" + caseId + "/contacts/decisions").bearer(tracer.token())
                .json(Map.of("contactIds", List.of(f1Contact), "decision", "REJECTED")).send();
        assertThat(personIds(contacts(tracer, caseId, 2), 2)).isEmpty();
    }

    @Test
    void notifyingTellsEachConfirmedContactOnceWithoutNamingTheCase() {
        Crowd crowd = crowd();
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        long caseId = caseOf(tracer, phoneOf(crowd.f0()));
        long f1Contact = contactOf(contacts(tracer, caseId, 1), crowd.f1().personId()).path("id").asLong();
        TestHttp.Response bulk = http().post("/api/v1/cases/" + caseId + "/contacts/decisions").bearer(tracer.token())
                .json(Map.of("contactIds", List.of(f1Contact), "decision", "CONFIRMED")).send();
        assertThat(bulk.json().path("changed").asInt()).as(bulk.toString()).isEqualTo(1);

        TestHttp.Response first = http().post("/api/v1/cases/" + caseId + "/notify").bearer(tracer.token()).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("notified").asInt()).isEqualTo(1);
        TestHttp.Response again = http().post("/api/v1/cases/" + caseId + "/notify").bearer(tracer.token()).send();
        assertThat(again.json().path("notified").asInt()).isZero();
        assertThat(again.json().path("alreadyNotified").asInt()).isEqualTo(1);
        String f1Phone = TestHttp.international(phoneOf(crowd.f1()));
        List<String> sms = jdbc.sql("select body from sms_outbox where recipient = :to and body like '%Diem restaurant%'")
                .param("to", f1Phone).query(String.class).list();
        assertThat(sms).hasSize(1);
        assertThat(sms.getFirst()).contains("Ban da co mat tai Diem restaurant").contains("You were at Diem restaurant")
                .doesNotContain("Khong").doesNotContain("KHONG");

        TestHttp.Response alerts = http().get("/api/v1/me/alerts").bearer(crowd.f1().token()).language("en").send();
        assertThat(alerts.status()).as(alerts.toString()).isEqualTo(200);
        assertThat(alerts.json().size()).isEqualTo(1);
        assertThat(alerts.json().get(0).path("title").asText()).isEqualTo("You are a close contact (F1)");
        assertThat(alerts.json().get(0).path("message").asText()).contains("Điểm restaurant").doesNotContain("Không");
        assertThat(http().get("/api/v1/me/alerts").bearer(crowd.brief().token()).send().json().size()).isZero();
    }

    @Test
    void followUpKeepsStatusOfficerNotesAndHistoryAndAPositiveContactJoinsTheCluster() {
        Crowd crowd = crowd();
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, COMMUNE);
        long caseId = caseOf(tracer, phoneOf(crowd.f0()));
        long f1Contact = contactOf(contacts(tracer, caseId, 1), crowd.f1().personId()).path("id").asLong();
        http().post("/api/v1/cases/" + caseId + "/contacts/" + f1Contact + "/decision").bearer(tracer.token())
                .json(Map.of("decision", "CONFIRMED")).send();

        TestHttp.Response assigned = http().call("PATCH", "/api/v1/contacts/" + f1Contact).bearer(tracer.token())
                .json(Map.of("officerId", officer.personId(), "status", "REACHED", "note", "Đã gọi điện, không triệu chứng"))
                .send();
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().path("status").asText()).isEqualTo("REACHED");
        assertThat(assigned.json().path("officerId").asLong()).isEqualTo(officer.personId());
        TestHttp.Response mine = http().get("/api/v1/contacts?unit=" + COMMUNE + "&officer=me").bearer(officer.token()).send();
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().findValues("id").stream().map(JsonNode::asLong)).contains(f1Contact);
        TestHttp.Response quarantined = http().call("PATCH", "/api/v1/contacts/" + f1Contact).bearer(officer.token())
                .json(Map.of("status", "IN_QUARANTINE")).send();
        assertThat(quarantined.json().path("status").asText()).as(quarantined.toString()).isEqualTo("IN_QUARANTINE");
        TestHttp.Response history = http().get("/api/v1/contacts/" + f1Contact + "/history").bearer(officer.token()).send();
        assertThat(history.json().findValues("kind").stream().map(JsonNode::asText))
                .containsExactly("DECISION", "STATUS", "OFFICER", "NOTE", "STATUS");
        assertThat(history.json().findValues("newValue").stream().map(JsonNode::asText)).contains("Đã gọi điện, không triệu chứng");

        var dates = Map.of("sampleDate", today().toString(), "isolationDate", today().toString());
        TestHttp.Response positive = http().post("/api/v1/contacts/" + f1Contact + "/positive").bearer(tracer.token())
                .json(dates).send();
        assertThat(positive.status()).as(positive.toString()).isEqualTo(201);
        long secondCase = positive.json().path("id").asLong();
        assertThat(positive.json().path("clusterId").asLong()).isEqualTo(caseId);
        assertThat(positive.json().path("fromContactId").asLong()).isEqualTo(f1Contact);
        JsonNode graph = http().get("/api/v1/cases/" + secondCase + "/graph").bearer(tracer.token()).send().json();
        assertThat(graph.path("clusterId").asLong()).isEqualTo(caseId);
        assertThat(graph.path("nodes").findValues("kind").stream().map(JsonNode::asText).filter("CASE"::equals)).hasSize(2);
        assertThat(graph.path("edges").findValues("to").stream().map(JsonNode::asText)).contains("P:" + crowd.f1().personId());
        JsonNode listed = contactOf(contacts(tracer, caseId, 1), crowd.f1().personId());
        assertThat(listed.path("isCase").asLong()).as("the F1 is shown as a case now").isEqualTo(secondCase);
        assertThat(listed.path("status").asText()).isEqualTo("TESTED_POSITIVE");
    }

    @Test
    void badInputGetsClearTranslatedRefusals() {
        TestHttp.Token f0 = person("Đỗ Văn Sai");
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Token faraway = official(Role.CONTACT_TRACER, "01"); // Hà Nội
        long caseId = caseOf(tracer, phoneOf(f0));
        assertProblem(recordCase(tracer, phoneOf(f0)), 409, "case.already-open");

        var body = new HashMap<String, Object>(Map.of("phone", phoneOf(person("Bùi Thị Ngày")), "unitCode", COMMUNE,
                "sampleDate", today().toString(), "onsetDate", today().toString(),
                "isolationDate", today().minusDays(1).toString()));
        JsonNode refusal = assertProblem(http().post("/api/v1/cases").bearer(tracer.token()).language("en").json(body).send(),
                400, "case.isolation-before-onset");
        assertThat(refusal.path("detail").asText()).isEqualTo("Isolation cannot be before symptom onset.");
        body.put("onsetDate", today().minusDays(30).toString());
        body.put("isolationDate", today().toString());
        assertProblem(http().post("/api/v1/cases").bearer(tracer.token()).json(body).send(), 400, "case.window-too-long");
        body.put("onsetDate", today().plusDays(1).toString());
        assertProblem(http().post("/api/v1/cases").bearer(tracer.token()).json(body).send(), 400, "case.date-in-future");
        body.put("onsetDate", null);
        body.put("phone", "0999999999");
        assertProblem(http().post("/api/v1/cases").bearer(tracer.token()).json(body).send(), 404, "case.person-not-found");
        body.put("phone", "not a phone");
        assertProblem(http().post("/api/v1/cases").bearer(tracer.token()).json(body).send(), 400, "phone.invalid");
        body.remove("phone");
        assertProblem(http().post("/api/v1/cases").bearer(tracer.token()).json(body).send(), 400, "case.subject-required");
        body.put("sampleDate", "yesterday");
        assertThat(http().post("/api/v1/cases").bearer(tracer.token()).json(body).send().status()).isEqualTo(400);

        assertProblem(http().get("/api/v1/cases/" + caseId).bearer(faraway.token()).send(), 403, "forbidden");
        assertProblem(recordCase(faraway, phoneOf(person("Ngô Văn Xa"))), 403, "forbidden");
        assertProblem(http().get("/api/v1/cases/" + caseId).bearer(person("Dân Thường").token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/cases/" + caseId).send(), 401, "unauthenticated");
        assertProblem(http().get("/api/v1/cases/99999999").bearer(tracer.token()).send(), 404, "case.not-found");
        assertProblem(http().get("/api/v1/cases/" + caseId + "/contacts?depth=9").bearer(tracer.token()).send(), 400,
                "contact.depth-invalid");

        Crowd crowd = crowd();
        long other = caseOf(tracer, phoneOf(crowd.f0()));
        long othersContact = contactOf(contacts(tracer, other, 1), crowd.f1().personId()).path("id").asLong();
        assertProblem(http().post("/api/v1/cases/" + caseId + "/contacts/" + othersContact + "/decision").bearer(tracer.token())
                .json(Map.of("decision", "CONFIRMED")).send(), 404, "contact.not-found");
        assertProblem(http().post("/api/v1/cases/" + caseId + "/contacts/decisions").bearer(tracer.token())
                .json(Map.of("contactIds", List.of(othersContact), "decision", "CONFIRMED")).send(), 404, "contact.not-found");
        assertThat(http().post("/api/v1/cases/" + caseId + "/contacts/" + othersContact + "/decision").bearer(tracer.token())
                .json(Map.of("decision", "MAYBE")).send().status()).isEqualTo(400);
        assertProblem(http().call("PATCH", "/api/v1/contacts/" + othersContact).bearer(faraway.token())
                .json(Map.of("status", "LOST")).send(), 403, "forbidden");
        assertProblem(http().call("PATCH", "/api/v1/contacts/" + othersContact).bearer(tracer.token())
                .json(Map.of("officerId", crowd.f2().personId())).send(), 400, "contact.officer-invalid");
        assertProblem(http().post("/api/v1/cases/" + caseId + "/contacts").bearer(tracer.token())
                .json(Map.of("phone", phoneOf(f0), "relation", "HOUSEHOLD")).send(), 400, "contact.is-the-case");
    }

    @Test
    void theOpenApiDocumentDescribesTheTracingApi() {
        JsonNode paths = http().get("/v3/api-docs").send().json().path("paths");
        for (String path : List.of("/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/visits",
                "/api/v1/cases/{id}/contacts", "/api/v1/cases/{id}/contacts/{contactId}/decision", "/api/v1/contacts/{id}",
                "/api/v1/cases/{id}/notify", "/api/v1/cases/{id}/graph", "/api/v1/cases/{id}/line-list.xlsx",
                "/api/v1/venue-alerts", "/api/v1/venue-alerts/{id}/approval", "/api/v1/me/alerts", "/api/v1/risky-venues")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.path("/api/v1/contacts/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/cases").path("post").path("summary").asText()).isEqualTo("Record a confirmed case (F0)");
    }
}
