package vn.greenzone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.TestHttp.Response;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.identity.Role;

/**
 * Control characters and broken Unicode in any text a client sends are refused with a 400 problem in the
 * user's language, before PostgreSQL (which cannot store NUL) or a charset encoder (which turns half a
 * character into "?") sees them. Tab, line feed and carriage return pass: multi-line texts need them.
 */
class InvalidCharactersTest extends CheckinFixtures {

    private static final String NUL = "Quán\u0000Phở";

    private static JsonNode refused(Response response, String field) {
        JsonNode problem = assertProblem(response, 400, "invalid-characters");
        assertThat(problem.path("fields").values()).extracting(JsonNode::asString).containsExactly(field);
        return problem;
    }

    @Test
    void aNulInAnyJsonTextFieldIsA400NotA500() {
        TestHttp.Token person = person("Nguyễn Văn Nul");
        TestVenue venue = venue("RESTAURANT");

        JsonNode profile = refused(http().put("/api/v1/me").bearer(person.token()).json(Map.of("fullName", NUL)).send(),
                "fullName");
        assertThat(profile.path("detail").asString())
                .isEqualTo("Trường fullName chứa ký tự không được phép (ký tự điều khiển hoặc Unicode hỏng).");

        refused(http().post("/api/v1/me/dependants").bearer(person.token())
                .json(Map.of("fullName", "Bé An", "birthDate", "2019-02-03", "relationship", NUL)).send(), "relationship");

        var fields = new HashMap<String, Object>(Map.of("name", NUL, "category", "RESTAURANT", "unitCode", COMMUNE,
                "address", "Số 9 Đường Nul", "contactPhone", "0912345678"));
        refused(http().post("/api/v1/venues").bearer(person.token()).json(fields).send(), "name");

        refused(http().post("/api/v1/venues/" + venue.id() + "/manual").bearer(venue.owner().token())
                .json(Map.of("name", NUL, "phone", "0912345678")).send(), "name");

        JsonNode device = refused(http().post("/api/v1/venues/" + venue.id() + "/devices").bearer(venue.owner().token())
                .language("en").json(Map.of("name", NUL)).send(), "name");
        assertThat(device.path("detail").asString())
                .isEqualTo("The field name contains characters that are not allowed (control characters or broken Unicode).");

        assertThat(jdbc.sql("select count(*) from venue_device where venue_id = :venue").param("venue", venue.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFieldInsideAListIsNamedByItsPath() {
        Response response = http().post("/api/v1/devices/scans").header("X-Device-Key", "no-such-key")
                .raw("application/json", "{\"scans\":[{\"eventId\":\"e1\",\"qr\":\"x\\u0007y\",\"scannedAt\":\"2026-01-01T00:00:00Z\"}]}")
                .send();
        refused(response, "scans[0].qr");
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfStoredAsAQuestionMark() {
        TestHttp.Token person = person("Trần Văn Gốc");
        // Written by hand: a JSON library would refuse to write half a character.
        Response response = http().put("/api/v1/me").bearer(person.token())
                .raw("application/json", "{\"fullName\":\"Tr\\ud83dn V\\u0103n\"}").send();
        refused(response, "fullName");
        assertThat(jdbc.sql("select full_name from person where id = :id").param("id", person.personId())
                .query(String.class).single()).isEqualTo("Trần Văn Gốc");

        Response lowHalf = http().put("/api/v1/me").bearer(person.token())
                .raw("application/json", "{\"fullName\":\"\\udc00 An\"}").send();
        refused(lowHalf, "fullName");
        // A whole character outside the basic plane is two surrogates, and fine.
        Response whole = http().put("/api/v1/me").bearer(person.token())
                .raw("application/json", "{\"fullName\":\"Trần Văn \\ud842\\udfb7\"}").send();
        assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
        assertThat(whole.json().path("fullName").asString()).isEqualTo("Trần Văn \uD842\uDFB7");
    }

    @Test
    void tabsAndLineBreaksPassBecauseNotesHaveSeveralLines() {
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, COMMUNE);
        TestHttp.Token subject = person("Phạm Thị Ghi Chú");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        var body = new HashMap<String, Object>(Map.of("phone", http().nationalPhone(subject.personId()),
                "unitCode", COMMUNE, "sampleDate", today.toString(), "isolationDate", today.toString(),
                "notes", "Dòng một\r\nDòng hai\tcó tab"));
        Response created = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select notes from trace_case where id = :id").param("id", created.json().path("id").asLong())
                .query(String.class).single()).isEqualTo("Dòng một\r\nDòng hai\tcó tab");

        body.put("phone", http().nationalPhone(person("Phạm Văn Tab").personId()));
        body.put("notes", "Dòng một\u000bDòng hai");
        refused(http().post("/api/v1/cases").bearer(tracer.token()).json(body).send(), "notes");
    }

    @Test
    void aControlCharacterInAQueryParameterIsRefused() {
        JsonNode problem = refused(http().get("/api/v1/units?q=dong%00xoai").language("en").send(), "q");
        assertThat(problem.path("detail").asString()).startsWith("The field q contains characters");
        // C1 controls (U+0080 to U+009F) are control characters too.
        refused(http().get("/api/v1/units?q=dong%C2%85xoai").send(), "q");
    }

    @Test
    void aControlCharacterInAFormPostShowsTheErrorPageInTheUsersLanguage() {
        TestHttp.Browser browser = http().signInBrowser(TestHttp.randomPhone());
        Response vietnamese = http().post("/me").html().session(browser.session())
                .form(Map.of("fullName", "Lê\u0000Văn", "_csrf", browser.csrf())).send();
        assertThat(vietnamese.status()).as(vietnamese.toString()).isEqualTo(400);
        assertThat(vietnamese.contentType()).startsWith("text/html");
        assertThat(vietnamese.body()).contains("Trường fullName chứa ký tự không được phép").doesNotContain("Exception");

        Response english = http().post("/me?lang=en").html().session(browser.session())
                .form(Map.of("fullName", "Lê\u001bVăn", "_csrf", browser.csrf())).send();
        assertThat(english.status()).as(english.toString()).isEqualTo(400);
        assertThat(english.body()).contains("The field fullName contains characters that are not allowed");
    }
}
