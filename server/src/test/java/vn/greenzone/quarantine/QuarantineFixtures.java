package vn.greenzone.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;

/** Quarantines enrolled and reported through the API, as officers and people do. */
abstract class QuarantineFixtures extends CheckinFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern LINK = Pattern.compile("/q/([A-Za-z0-9_-]{22})");

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The enrolment of the person with this phone at a home in Phường Tân Phú, starting on {@code start}. */
    static Map<String, Object> atHome(String phone, LocalDate start) {
        var body = new HashMap<String, Object>();
        body.put("phone", phone);
        body.put("place", "HOME");
        body.put("unitCode", COMMUNE);
        body.put("street", "Số 12 Đường Phú Riềng Đỏ");
        body.put("startDate", start.toString());
        return body;
    }

    TestHttp.Response enrol(TestHttp.Token officer, Map<String, Object> body) {
        return http().post("/api/v1/quarantines").bearer(officer.token()).json(body).send();
    }

    /** Enrols and returns the quarantine's id. */
    long enrolled(TestHttp.Token officer, Map<String, Object> body) {
        TestHttp.Response created = enrol(officer, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** The token of the report link in the latest SMS to this number. */
    String linkToken(String phone) {
        String sms = http().latestSms(phone);
        Matcher matcher = LINK.matcher(sms);
        assertThat(matcher.find()).as("a report link in %s", sms).isTrue();
        return matcher.group(1);
    }

    /** A report through the texted link, signed out. */
    TestHttp.Response reportByLink(long id, String token, Map<String, Object> report) {
        var body = new HashMap<String, Object>(report);
        body.put("token", token);
        return http().post("/api/v1/quarantines/" + id + "/reports").json(body).send();
    }

    JsonNode board(TestHttp.Token officer, String query) {
        TestHttp.Response answer = http().get("/api/v1/quarantines?" + query).bearer(officer.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    JsonNode detail(TestHttp.Token officer, long id) {
        TestHttp.Response answer = http().get("/api/v1/quarantines/" + id).bearer(officer.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    TestHttp.Response act(TestHttp.Token officer, long id, Map<String, Object> action) {
        return http().call("PATCH", "/api/v1/quarantines/" + id).bearer(officer.token()).json(action).send();
    }

    String phoneOf(TestHttp.Token token) {
        return http().nationalPhone(token.personId());
    }
}
