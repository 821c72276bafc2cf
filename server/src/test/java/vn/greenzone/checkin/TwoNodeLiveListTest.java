package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.TestHttp;

/**
 * Two app nodes on one database, as behind a load balancer: a visit recorded through one node shows on
 * a live list opened on the other, carried by PostgreSQL's LISTEN/NOTIFY.
 */
class TwoNodeLiveListTest extends TwoNodeFixtures {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aCheckInThroughOneNodeReachesTheListOpenOnTheOther() {
        TestVenue venue = venue("WEDDING");
        String ownerPhone = http().nationalPhone(venue.owner().personId());
        TestHttp.Browser owner = http().signInBrowser(ownerPhone);
        TestHttp.Token guest = person("Khách Cưới");

        try (var onA = new SseStream(port, "/venues/" + venue.id() + "/live/stream", owner.session());
                var onB = new SseStream(portB(), "/venues/" + venue.id() + "/live/stream", owner.session())) {
            assertThat(onA.next(WAIT).name()).isEqualTo("snapshot");
            assertThat(onB.next(WAIT).name()).isEqualTo("snapshot");

            var answer = httpB.post("/api/v1/checkins").bearer(guest.token()).json(Map.of("qr", venue.posterUrl())).send();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            long visitId = answer.json().path("visit").path("id").asLong();

            for (SseStream stream : new SseStream[] {onA, onB}) {
                SseStream.Event event = stream.next(WAIT);
                assertThat(event.name()).isEqualTo("visit");
                assertThat(JsonMapper.builder().build().readTree(event.data()).path("id").asLong()).isEqualTo(visitId);
            }
        }
    }
}
