package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** The venue's live list: masked for ordinary venues, in full (and audited) for privileged ones. */
class LiveListTest extends CheckinFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private long auditRows(long viewerId, long subjectId) {
        return jdbc.sql("select count(*) from audit_entry where viewer_id = :viewer and subject_kind = 'person' and subject_id = :subject")
                .param("viewer", viewerId).param("subject", Long.toString(subjectId)).query(Long.class).single();
    }

    @Test
    void checkInsAndCheckOutsAppearAsTheyHappenMasked() {
        TestVenue venue = venue("RESTAURANT");
        TestHttp.Browser owner = http().signInBrowser(http().nationalPhone(venue.owner().personId()));
        try (var stream = new SseStream(port, "/venues/" + venue.id() + "/live/stream", owner.session())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next(WAIT).name()).isEqualTo("snapshot");

            TestHttp.Token visitor = person("Nguyễn Văn An");
            long visitId = checkIn(visitor, venue.posterUrl()).json().path("visit").path("id").asLong();
            SseStream.Event arrival = stream.next(WAIT);
            assertThat(arrival.name()).isEqualTo("visit");
            JsonNode visit = JSON.readTree(arrival.data());
            assertThat(visit.path("id").asLong()).isEqualTo(visitId);
            assertThat(visit.path("name").asText()).isEqualTo("NGUYEN V** A*");
            assertThat(visit.path("phone").asText()).matches("09\\*{6}\\d\\d|0[1-9]\\*+\\d\\d");
            assertThat(visit.path("idNumber").asText()).startsWith("********");
            assertThat(visit.path("masked").asBoolean()).isTrue();
            assertThat(visit.has("checkedOutAt")).isFalse();

            http().post("/api/v1/checkins/" + visitId + "/checkout").bearer(visitor.token()).send();
            JsonNode departure = JSON.readTree(stream.next(WAIT).data());
            assertThat(departure.path("id").asLong()).isEqualTo(visitId);
            assertThat(departure.path("checkedOutAt").asText()).isNotBlank();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v").param("v", venue.owner().personId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyStaffMayWatch() {
        TestVenue venue = venue("GYM");
        TestHttp.Browser stranger = http().signInBrowser(TestHttp.randomPhone());
        try (var stream = new SseStream(port, "/venues/" + venue.id() + "/live/stream", stranger.session())) {
            assertThat(stream.status()).isEqualTo(403);
        }
        TestHttp.assertProblem(http().get("/api/v1/venues/" + venue.id() + "/checkins").bearer(person("Ai").token()).send(),
                403, "forbidden");
    }

    @Test
    void aPrivilegedVenueSeesVisitorsInFullAndEveryViewIsAudited() {
        TestVenue hospital = venue("HOSPITAL");
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Response granted = http().post("/api/v1/venues/" + hospital.id() + "/privilege").bearer(tracer.token()).send();
        assertThat(granted.status()).as(granted.toString()).isBetween(200, 204);

        TestHttp.Token patient = person("Đặng Thị Hồng");
        checkIn(patient, hospital.posterUrl());
        TestHttp.Response list = http().get("/api/v1/venues/" + hospital.id() + "/checkins").bearer(hospital.owner().token()).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).path("name").asText()).isEqualTo("Đặng Thị Hồng");
        assertThat(list.json().get(0).path("masked").asBoolean()).isFalse();
        assertThat(auditRows(hospital.owner().personId(), patient.personId())).isEqualTo(1);

        TestHttp.Browser owner = http().signInBrowser(http().nationalPhone(hospital.owner().personId()));
        try (var stream = new SseStream(port, "/venues/" + hospital.id() + "/live/stream", owner.session())) {
            JsonNode snapshot = JSON.readTree(stream.next(WAIT).data());
            assertThat(snapshot.get(0).path("name").asText()).isEqualTo("Đặng Thị Hồng");
            assertThat(auditRows(hospital.owner().personId(), patient.personId())).isEqualTo(2);
        }
        var entry = jdbc.sql("select purpose, context from audit_entry where viewer_id = :v order by id desc limit 1")
                .param("v", hospital.owner().personId()).query().singleRow();
        assertThat(entry.get("purpose")).isEqualTo("venue-control");
        assertThat((String) entry.get("context")).contains("venue:" + hospital.id());

        TestVenue cafe = venue("RESTAURANT");
        TestHttp.Response refused = http().post("/api/v1/venues/" + cafe.id() + "/privilege").bearer(tracer.token()).send();
        assertThat(refused.status()).isBetween(400, 409);
    }

    @Test
    void theListPageShowsMaskedVisitorsServerSide() {
        TestVenue venue = venue("MARKET");
        checkIn(person("Trương Văn Phúc"), venue.posterUrl());
        TestHttp.Browser owner = http().signInBrowser(http().nationalPhone(venue.owner().personId()));
        TestHttp.Response page = http().get("/venues/" + venue.id() + "/live").session(owner.session()).html().send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("TRUONG V** P***").doesNotContain("Trương Văn Phúc");
    }
}
