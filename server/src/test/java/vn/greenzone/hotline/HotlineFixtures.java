package vn.greenzone.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.identity.Role;

/**
 * The desk set up through the API as supervisors set it up. Every test makes a category of its own, so the
 * rules it adds route nothing of another test's, though all share one database.
 */
public abstract class HotlineFixtures extends CheckinFixtures {

    public static final String PROVINCE = "70";
    private static final Pattern CODE = Pattern.compile("Ma tra cuu: ([A-Z0-9]{8})");

    /** An agency and the person who heads it (signed in, their phone on the agency). */
    public record Agency(long id, TestHttp.Token head) {
    }

    /** A fresh category with this deadline, added by a national administrator; returns its code. */
    protected String category(String nameVi, int deadlineMinutes) {
        TestHttp.Token admin = official(Role.NATIONAL_ADMIN, "VN");
        String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toUpperCase()
                .replaceAll("[0-9]", "X");
        TestHttp.Response saved = http().put("/api/v1/hotline/categories/" + code).bearer(admin.token())
                .json(Map.of("nameVi", nameVi, "nameEn", "Test " + code, "deadlineMinutes", deadlineMinutes)).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return code;
    }

    protected Agency agency(TestHttp.Token supervisor, String unit, String name) {
        TestHttp.Token head = person("Trưởng " + name);
        String phone = http().nationalPhone(head.personId());
        TestHttp.Response created = http().post("/api/v1/hotline/agencies").bearer(supervisor.token())
                .json(Map.of("unitCode", unit, "name", name + " " + ThreadLocalRandom.current().nextInt(1_000_000),
                        "headPhone", phone, "memberPhones", List.of(phone)))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Agency(created.json().path("id").asLong(), head);
    }

    protected void rule(TestHttp.Token supervisor, String category, String unit, long agencyId) {
        TestHttp.Response saved = http().put("/api/v1/hotline/rules").bearer(supervisor.token())
                .json(Map.of("categoryCode", category, "unitCode", unit, "agencyId", agencyId)).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    protected static Map<String, Object> call(String category, String unit, String callerPhone) {
        var body = new HashMap<String, Object>();
        body.put("categoryCode", category);
        body.put("unitCode", unit);
        body.put("description", "Quán ăn trên Đường Phú Riềng Đỏ đông khách, không giãn cách.");
        body.put("callerPhone", callerPhone);
        return body;
    }

    protected TestHttp.Response log(TestHttp.Token operator, Map<String, Object> body) {
        return http().post("/api/v1/hotline/items").bearer(operator.token()).json(body).send();
    }

    /** Logs and returns the answer (id, trackingCode, agencyId, status, dueAt). */
    protected JsonNode logged(TestHttp.Token operator, Map<String, Object> body) {
        TestHttp.Response created = log(operator, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    protected JsonNode item(TestHttp.Token viewer, long id) {
        TestHttp.Response answer = http().get("/api/v1/hotline/items/" + id).bearer(viewer.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    protected JsonNode queue(TestHttp.Token viewer, String query) {
        TestHttp.Response answer = http().get("/api/v1/hotline/items?" + query).bearer(viewer.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    protected static JsonNode rowOf(JsonNode queue, long id) {
        for (JsonNode row : queue.path("items")) {
            if (row.path("id").asLong() == id) {
                return row;
            }
        }
        return null;
    }

    protected TestHttp.Response change(TestHttp.Token actor, long id, Map<String, Object> change) {
        return http().call("PATCH", "/api/v1/hotline/items/" + id).bearer(actor.token()).json(change).send();
    }

    /** The tracking code in the latest SMS to the caller. */
    protected String trackingCode(String callerPhone) {
        String sms = http().latestSms(callerPhone);
        Matcher matcher = CODE.matcher(sms);
        assertThat(matcher.find()).as("a tracking code in %s", sms).isTrue();
        return matcher.group(1);
    }

    /** Moves an item's times back, as if it had been received {@code minutesAgo} minutes ago. */
    protected void age(long id, int minutesAgo) {
        jdbc.sql("""
                update hotline_item set received_at = received_at - make_interval(mins => :m),
                    due_at = due_at - make_interval(mins => :m) where id = :id""")
                .param("m", minutesAgo).param("id", id).update();
    }

    protected long smsCount(String nationalPhone, String containing) {
        return jdbc.sql("select count(*) from sms_outbox where recipient = :to and body like :text")
                .param("to", TestHttp.international(nationalPhone)).param("text", "%" + containing + "%")
                .query(Long.class).single();
    }
}
