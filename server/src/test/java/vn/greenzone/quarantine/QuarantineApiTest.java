package vn.greenzone.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The officer's and the person's story through the API: enrolment with a texted link, reports by link and
 * signed in (one per day), symptom alerts until an officer acts, non-reporting computed on read, the
 * officer's actions, contacts of a case and dependants.
 */
class QuarantineApiTest extends QuarantineFixtures {

    @Test
    void anEnrolledPersonReportsByTheTextedLinkAndSymptomsRaiseAnAlertUntilAnOfficerActs() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        TestHttp.Token person = person("Nguyễn Thị Cách Ly");
        TestHttp.Response created = enrol(officer, atHome(phoneOf(person), today()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode q = created.json();
        long id = q.path("id").asLong();
        assertThat(q.path("person").path("name").asString()).isEqualTo("NGUYEN T** C*** L*");
        assertThat(q.path("person").path("masked").asBoolean()).isTrue();
        assertThat(q.path("plannedEnd").asString()).as("14 days by default").isEqualTo(today().plusDays(14).toString());
        assertThat(q.has("street")).as("the street is personal data").isFalse();
        String sms = http().latestSms(phoneOf(person));
        assertThat(sms).startsWith("Greenzone: Cach ly tai nha tu " + day(today()))
                .contains("Quarantine at home").contains("/q/");
        String token = linkToken(phoneOf(person));
        assertThat(jdbc.sql("select count(*) from quarantine where link_hash like :t").param("t", "%" + token + "%")
                .query(Long.class).single()).as("only the link's hash is stored").isZero();

        // Healthy in the morning, fever in the afternoon: one report for the day, and an alert at once.
        TestHttp.Response morning = reportByLink(id, token, Map.of("healthy", true));
        assertThat(morning.status()).as(morning.toString()).isEqualTo(201);
        assertThat(morning.json().path("alerted").asBoolean()).isFalse();
        TestHttp.Response fever = reportByLink(id, token, Map.of("symptoms", List.of("COUGH"), "temperature", 38.6,
                "note", "Sốt từ trưa"));
        assertThat(fever.status()).as("the day's report is replaced, not added").isEqualTo(200);
        assertThat(fever.json().path("updated").asBoolean()).isTrue();
        assertThat(fever.json().path("alerted").asBoolean()).isTrue();
        assertThat(http().latestSms(phoneOf(officer))).contains("#" + id).contains("Sot 38.6 C, Ho")
                .contains("Fever 38.6 C, Cough").contains("/quarantine/" + id).doesNotContain("NGUYEN").doesNotContain("Nguyen");

        JsonNode mine = board(officer, "unit=" + DISTRICT + "&officer=me");
        assertThat(mine.path("counts").path("enrolled").asLong()).isEqualTo(1);
        assertThat(mine.path("counts").path("reportedToday").asLong()).isEqualTo(1);
        assertThat(mine.path("counts").path("symptomatic").asLong()).isEqualTo(1);
        assertThat(mine.path("counts").path("alerts").asLong()).isEqualTo(1);
        assertThat(mine.path("counts").path("nonReporting").asLong()).isZero();
        JsonNode listed = mine.path("quarantines").get(0);
        assertThat(listed.path("lastSymptoms").toString()).isEqualTo("[\"FEVER\",\"COUGH\"]");
        assertThat(listed.path("lastTemperature").asDouble()).isEqualTo(38.6);
        assertThat(listed.path("alertAt").isMissingNode()).isFalse();

        JsonNode detail = detail(officer, id);
        assertThat(detail.path("reports").size()).isEqualTo(1);
        assertThat(detail.path("reports").get(0).path("note").asString()).isEqualTo("Sốt từ trưa");
        assertThat(detail.path("reports").get(0).path("via").asString()).isEqualTo("LINK");

        // A call deals with the alert; the symptoms stay on record.
        TestHttp.Response called = act(officer, id, Map.of("action", "CALL", "note", "Đã gọi, hẹn xét nghiệm"));
        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        assertThat(called.json().has("alertAt")).isFalse();
        JsonNode after = board(officer, "unit=" + DISTRICT + "&officer=me").path("counts");
        assertThat(after.path("alerts").asLong()).isZero();
        assertThat(after.path("symptomatic").asLong()).isEqualTo(1);
        assertThat(detail(officer, id).path("history").findValues("kind").stream().map(JsonNode::asString))
                .containsExactly("ENROLLED", "ALERT", "CALL");

        // Signed in, the person sees the quarantine and reports the same form.
        TestHttp.Response own = http().get("/api/v1/me/quarantines").bearer(person.token()).send();
        assertThat(own.json().get(0).path("id").asLong()).as(own.toString()).isEqualTo(id);
        assertThat(own.json().get(0).path("reportedToday").asBoolean()).isTrue();
        TestHttp.Response signedIn = http().post("/api/v1/quarantines/" + id + "/reports").bearer(person.token())
                .json(Map.of("healthy", true)).send();
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(detail(officer, id).path("reports").get(0).path("via").asString()).isEqualTo("SIGNED_IN");
        assertProblem(http().post("/api/v1/quarantines/" + id + "/reports").bearer(person("Người Khác").token())
                .json(Map.of("healthy", true)).send(), 404, "quarantine.not-found");
    }

    @Test
    void nonReportingIsComputedWhenReadFromTheLastReportOrTheStart() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        String late = phoneOf(person("Trần Văn Trễ"));
        String fresh = phoneOf(person("Lê Thị Mới"));
        String lapsed = phoneOf(person("Phạm Văn Quên"));
        long enrolledLate = enrolled(officer, atHome(late, today().minusDays(3)));
        long enrolledToday = enrolled(officer, atHome(fresh, today()));
        long stopped = enrolled(officer, atHome(lapsed, today().minusDays(1)));
        assertThat(reportByLink(stopped, linkToken(lapsed), Map.of("healthy", true)).status()).isEqualTo(201);
        // Their last report was yesterday, 25 hours ago.
        jdbc.sql("""
                update quarantine set last_report_at = now() - interval '25 hours', last_report_day = last_report_day - 1
                 where id = :id""").param("id", stopped).update();
        jdbc.sql("update quarantine_report set day = day - 1 where quarantine_id = :id").param("id", stopped).update();

        JsonNode board = board(officer, "unit=" + DISTRICT + "&officer=me&state=NON_REPORTING");
        assertThat(board.path("quarantines").findValues("id").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(enrolledLate, stopped);
        assertThat(board.path("counts").path("nonReporting").asLong()).isEqualTo(2);
        assertThat(board.path("counts").path("reportedToday").asLong()).isZero();
        assertThat(board.path("quarantines").get(0).path("nonReporting").asBoolean()).isTrue();
        JsonNode active = board(officer, "unit=" + DISTRICT + "&officer=me&state=ACTIVE").path("quarantines");
        assertThat(active.findValues("id").stream().map(JsonNode::asLong)).containsExactly(stopped, enrolledToday, enrolledLate);
        JsonNode page = board(officer, "unit=" + DISTRICT + "&officer=me&limit=2");
        assertThat(page.path("quarantines").size()).isEqualTo(2);
        assertThat(page.path("nextAfter").asLong()).isEqualTo(enrolledToday);
        JsonNode last = board(officer, "unit=" + DISTRICT + "&officer=me&limit=2&after=" + enrolledToday);
        assertThat(last.path("quarantines").findValues("id").stream().map(JsonNode::asLong)).containsExactly(enrolledLate);
        assertThat(last.has("nextAfter")).as("no empty page after the last").isFalse();
        assertThat(last.path("counts").path("enrolled").asLong()).as("counts are the unit's, not the page's").isEqualTo(3);

        // A report ends it at once: nothing stored says "non-reporting".
        assertThat(reportByLink(stopped, linkToken(lapsed), Map.of("healthy", true)).status()).isEqualTo(201);
        assertThat(board(officer, "unit=" + DISTRICT + "&officer=me&state=NON_REPORTING").path("quarantines")
                .findValues("id").stream().map(JsonNode::asLong)).containsExactly(enrolledLate);
    }

    @Test
    void officersRemindExtendReferForATestAndEndAndAnEndedQuarantineTakesNoReports() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, COMMUNE);
        TestHttp.Token person = person("Võ Thị Nhắc");
        long id = enrolled(officer, atHome(phoneOf(person), today()));
        assertProblem(enrol(officer, atHome(phoneOf(person), today())), 409, "quarantine.already-active");
        String first = linkToken(phoneOf(person));

        TestHttp.Response reminded = act(officer, id, Map.of("action", "REMIND"));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        String second = linkToken(phoneOf(person));
        assertThat(http().latestSms(phoneOf(person))).contains("Hom nay chua co bao cao suc khoe");
        assertThat(second).isNotEqualTo(first);
        assertProblem(reportByLink(id, first, Map.of("healthy", true)), 404, "quarantine.link-invalid");
        assertThat(reportByLink(id, second, Map.of("healthy", true)).status()).isEqualTo(201);

        TestHttp.Response referred = act(officer, id, Map.of("action", "REFER_TEST", "note", "Lấy mẫu tại nhà"));
        assertThat(referred.json().path("testReferredAt").isMissingNode()).as(referred.toString()).isFalse();
        assertThat(http().latestSms(phoneOf(person))).contains("chi dinh xet nghiem").contains("referred for a test");
        assertThat(act(officer, id, Map.of("action", "REACHED")).json().path("reachedAt").isMissingNode()).isFalse();

        TestHttp.Response extended = act(officer, id, Map.of("action", "EXTEND", "days", 7));
        assertThat(extended.json().path("plannedEnd").asString()).isEqualTo(today().plusDays(21).toString());
        assertProblem(act(officer, id, Map.of("action", "EXTEND", "days", 0)), 400, "quarantine.days-invalid");
        assertProblem(act(officer, id, Map.of("action", "EXTEND", "days", 50)), 400, "quarantine.too-long");
        assertProblem(act(officer, id, Map.of("action", "END")), 400, "quarantine.reason-required");
        assertProblem(act(officer, id, Map.of("note", "?")), 400, "quarantine.action-required");

        TestHttp.Response ended = act(officer, id, Map.of("action", "END", "reason", "TESTED_POSITIVE"));
        assertThat(ended.json().path("status").asString()).as(ended.toString()).isEqualTo("ENDED");
        assertThat(ended.json().path("endReason").asString()).isEqualTo("TESTED_POSITIVE");
        assertProblem(reportByLink(id, second, Map.of("healthy", true)), 410, "quarantine.link-ended");
        assertProblem(http().post("/api/v1/quarantines/" + id + "/reports").bearer(person.token())
                .json(Map.of("healthy", true)).send(), 410, "quarantine.ended");
        assertProblem(act(officer, id, Map.of("action", "CALL")), 409, "quarantine.already-ended");
        assertThat(detail(officer, id).path("history").findValues("kind").stream().map(JsonNode::asString))
                .containsExactly("ENROLLED", "REMINDER", "TEST", "REACHED", "EXTENDED", "ENDED");
        assertThat(enrol(officer, atHome(phoneOf(person), today())).status()).as("a new quarantine after the end")
                .isEqualTo(201);
    }

    @Test
    void aConfirmedContactOfACaseAndADependantAreEnrolledAndTheGuardianReportsForTheChild() {
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        TestHttp.Token f0 = person("Đỗ Văn Ca");
        TestHttp.Token household = person("Đỗ Thị Nhà");
        long caseId = caseOf(tracer, phoneOf(f0));
        TestHttp.Response contact = http().post("/api/v1/cases/" + caseId + "/contacts").bearer(tracer.token())
                .json(Map.of("phone", phoneOf(household), "relation", "HOUSEHOLD")).send();
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        long contactId = contact.json().path("id").asLong();

        http().post("/api/v1/cases/" + caseId + "/contacts/" + contactId + "/decision").bearer(tracer.token())
                .json(Map.of("decision", "REJECTED")).send();
        var fromContact = new java.util.HashMap<String, Object>(atHome(null, today()));
        fromContact.remove("phone");
        fromContact.put("contactId", contactId);
        assertProblem(enrol(officer, fromContact), 409, "quarantine.contact-not-confirmed");
        http().post("/api/v1/cases/" + caseId + "/contacts/" + contactId + "/decision").bearer(tracer.token())
                .json(Map.of("decision", "CONFIRMED")).send();
        TestHttp.Response enrolled = enrol(officer, fromContact);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.json().path("contactId").asLong()).isEqualTo(contactId);
        assertThat(enrolled.json().path("person").path("personId").asLong()).isEqualTo(household.personId());
        assertThat(http().latestSms(phoneOf(household))).contains("/q/");
        assertProblem(enrol(official(Role.QUARANTINE_OFFICER, "01"), fromContact), 403, "forbidden");

        // A child without a phone: found by the guardian's number and the name, typed without diacritics.
        TestHttp.Response child = http().post("/api/v1/me/dependants").bearer(household.token())
                .json(Map.of("fullName", "Đỗ Minh Bé", "birthDate", "2018-05-01", "relationship", "Con")).send();
        assertThat(child.status()).as(child.toString()).isEqualTo(201);
        var dependant = new java.util.HashMap<String, Object>(atHome(null, today()));
        dependant.remove("phone");
        dependant.put("guardianPhone", phoneOf(household));
        dependant.put("dependantName", "do minh be");
        TestHttp.Response forChild = enrol(officer, dependant);
        assertThat(forChild.status()).as(forChild.toString()).isEqualTo(201);
        assertThat(forChild.json().path("person").path("kind").asString()).isEqualTo("DEPENDANT");
        assertThat(forChild.json().path("person").path("name").asString()).isEqualTo("DO M*** B*");
        assertThat(http().latestSms(phoneOf(household))).startsWith("Greenzone: Ve Do Minh Be: Cach ly tai nha");
        long childQuarantine = forChild.json().path("id").asLong();
        assertThat(reportByLink(childQuarantine, linkToken(phoneOf(household)), Map.of("healthy", true)).status())
                .isEqualTo(201);
        JsonNode own = http().get("/api/v1/me/quarantines").bearer(household.token()).send().json();
        assertThat(own.findValues("dependantName").stream().map(JsonNode::asString)).containsExactly("Đỗ Minh Bé");
        assertThat(own.size()).as("their own and the child's").isEqualTo(2);
        dependant.put("dependantName", "Đỗ Minh Khác");
        assertProblem(enrol(officer, dependant), 404, "quarantine.dependant-not-found");
    }

    @Test
    void theOpenApiDocumentDescribesTheQuarantineApi() {
        JsonNode paths = http().get("/v3/api-docs").send().json().path("paths");
        for (String path : List.of("/api/v1/quarantines", "/api/v1/quarantines/{id}", "/api/v1/quarantines/{id}/reports",
                "/api/v1/quarantines/stats", "/api/v1/quarantines/export.xlsx", "/api/v1/me/quarantines")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.path("/api/v1/quarantines").has("post")).isTrue();
        assertThat(paths.path("/api/v1/quarantines/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/quarantines/{id}/reports").path("post").path("summary").asString())
                .startsWith("Today's report of a quarantine");
    }

    private long caseOf(TestHttp.Token tracer, String phone) {
        TestHttp.Response created = http().post("/api/v1/cases").bearer(tracer.token()).json(Map.of("phone", phone,
                "unitCode", COMMUNE, "sampleDate", today().toString(), "isolationDate", today().toString())).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static String day(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
