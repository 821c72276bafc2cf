package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;

/** Declarations made through the API as a phone app makes them. */
abstract class DeclarationFixtures extends CheckinFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A complete daily declaration living in Phường Tân Phú, with no symptom and no exposure. */
    static Map<String, Object> daily(String fullName) {
        var body = new HashMap<String, Object>();
        body.put("kind", "DAILY");
        body.put("fullName", fullName);
        body.put("birthYear", 1990);
        body.put("gender", "FEMALE");
        body.put("nationality", "VN");
        body.put("unitCode", COMMUNE);
        body.put("street", "Số 5 đường Phú Riềng Đỏ");
        body.put("phone", "0912345678");
        body.put("symptoms", List.of());
        body.put("exposures", List.of());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    TestHttp.Response declare(TestHttp.Token token, Map<String, Object> body) {
        return http().post("/api/v1/declarations").bearer(token.token()).json(body).send();
    }

    long declared(TestHttp.Token token, Map<String, Object> body) {
        TestHttp.Response answer = declare(token, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asLong();
    }

    /** A dependant of the person, through the API; returns its id. */
    long dependant(TestHttp.Token guardian, String fullName) {
        TestHttp.Response added = http().post("/api/v1/me/dependants").bearer(guardian.token())
                .json(Map.of("fullName", fullName, "birthDate", "2018-06-01", "gender", "MALE", "relationship", "con"))
                .send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    long declarationsAbout(String column, long id) {
        return jdbc.sql("select count(*) from declaration where " + column + " = :id").param("id", id)
                .query(Long.class).single();
    }
}
