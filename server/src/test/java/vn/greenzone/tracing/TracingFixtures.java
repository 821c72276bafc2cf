package vn.greenzone.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;

/** Cases and visits at chosen past times, made through the API as tracers and reader devices make them. */
abstract class TracingFixtures extends CheckinFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** One reader-device scan of the visitor's printed code at {@code at}. */
    void deviceVisit(String deviceKey, String printedQr, Instant at) {
        var scan = Map.of("eventId", UUID.randomUUID().toString(), "qr", printedQr, "scannedAt", at.toString());
        TestHttp.Response answer = http().post("/api/v1/devices/scans").header("X-Device-Key", deviceKey)
                .json(Map.of("scans", List.of(scan))).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).as(answer.toString()).isEqualTo(1);
    }

    /** Records a case of the person with this phone, positive and isolated today, onset yesterday. */
    TestHttp.Response recordCase(TestHttp.Token tracer, String phone) {
        var body = new HashMap<String, Object>();
        body.put("phone", phone);
        body.put("unitCode", COMMUNE);
        body.put("sampleDate", today().toString());
        body.put("onsetDate", today().minusDays(1).toString());
        body.put("isolationDate", today().toString());
        body.put("source", "Xét nghiệm RT-PCR tại CDC");
        return http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
    }

    long caseOf(TestHttp.Token tracer, String phone) {
        TestHttp.Response created = recordCase(tracer, phone);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    JsonNode contacts(TestHttp.Token tracer, long caseId, int depth) {
        TestHttp.Response answer = http().get("/api/v1/cases/" + caseId + "/contacts?depth=" + depth)
                .bearer(tracer.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("contacts");
    }

    /** The contact of this registered person, or null. */
    static JsonNode contactOf(JsonNode contacts, long personId) {
        for (JsonNode contact : contacts) {
            if (contact.path("person").path("personId").asLong(-1) == personId) {
                return contact;
            }
        }
        return null;
    }

    static List<Long> personIds(JsonNode contacts, int generation) {
        var ids = new ArrayList<Long>();
        contacts.forEach(contact -> {
            if (contact.path("generation").asInt() == generation && contact.path("person").has("personId")) {
                ids.add(contact.path("person").path("personId").asLong());
            }
        });
        return ids;
    }

    String phoneOf(TestHttp.Token token) {
        return http().nationalPhone(token.personId());
    }
}
