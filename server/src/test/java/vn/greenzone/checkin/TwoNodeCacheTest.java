package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;

/**
 * Two app nodes on one database, each reading a poster's venue and a token's holder from its own cache for the
 * self check-in: a change made through one node, or straight in the database, is refused on the other once
 * PostgreSQL's notice reaches it (within a second; the test waits up to {@link #WAIT} before it fails).
 */
class TwoNodeCacheTest extends TwoNodeFixtures {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aPosterRotatedThroughOneNodeIsRefusedOnTheOther() {
        TestVenue venue = venue("RESTAURANT");
        TestHttp.Token guest = person("Khách Một");
        assertThat(checkIn(guest, venue.posterUrl()).status()).as("the venue is now in node A's cache").isEqualTo(201);
        assertThat(checkInOnB(guest, venue.posterUrl())).as("and in node B's").isEqualTo(200);

        TestHttp.Response rotated = http().post("/api/v1/venues/" + venue.id() + "/rotate").bearer(venue.owner().token())
                .send();
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);

        assertThat(checkIn(guest, venue.posterUrl()).status()).as("on node A, at once").isEqualTo(410);
        assertThat(eventually(() -> checkInOnB(guest, venue.posterUrl()), 410)).as("on node B").isEqualTo(410);
        String newPoster = rotated.json().path("posterUrl").asText();
        assertThat(checkInOnB(guest, newPoster)).as("the new poster on node B").isIn(200, 201);
    }

    @Test
    void aVenueSuspendedStraightInTheDatabaseIsRefusedOnBothNodes() {
        TestVenue venue = venue("MARKET");
        TestHttp.Token guest = person("Khách Hai");
        assertThat(checkIn(guest, venue.posterUrl()).status()).isEqualTo(201);
        assertThat(checkInOnB(guest, venue.posterUrl())).isEqualTo(200);

        // no application code runs: the venue table's trigger alone tells the nodes
        jdbc.sql("update venue set suspended = true where id = :id").param("id", venue.id()).update();

        assertThat(eventually(() -> checkIn(guest, venue.posterUrl()).status(), 409)).as("node A").isEqualTo(409);
        assertThat(eventually(() -> checkInOnB(guest, venue.posterUrl()), 409)).as("node B").isEqualTo(409);
    }

    @Test
    void aTokenSignedOutThroughOneNodeIsRefusedOnTheOther() {
        TestVenue venue = venue("SUPERMARKET");
        TestHttp.Token guest = person("Khách Ba");
        assertThat(checkIn(guest, venue.posterUrl()).status()).as("the token is now in node A's cache").isEqualTo(201);
        assertThat(checkInOnB(guest, venue.posterUrl())).as("and in node B's").isEqualTo(200);

        TestHttp.Response signedOut = http().delete("/api/v1/auth/token").bearer(guest.token()).send();
        assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(204);

        assertThat(checkIn(guest, venue.posterUrl()).status()).as("on node A, at once").isEqualTo(401);
        assertThat(eventually(() -> checkInOnB(guest, venue.posterUrl()), 401)).as("on node B").isEqualTo(401);
    }

    @Test
    void everyTokenOfAPersonSignedOutEverywhereIsRefusedOnTheOtherNode() {
        TestVenue venue = venue("SUPERMARKET");
        TestHttp.Token guest = person("Khách Bốn");
        TestHttp.Token secondPhone = http().signInApi(http().nationalPhone(guest.personId()));
        assertThat(checkInOnB(secondPhone, venue.posterUrl())).isEqualTo(201);

        TestHttp.Response signedOut = http().delete("/api/v1/auth/tokens").bearer(guest.token()).send();
        assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(204);

        assertThat(eventually(() -> checkInOnB(secondPhone, venue.posterUrl()), 401)).isEqualTo(401);
    }

    private int checkInOnB(TestHttp.Token visitor, String poster) {
        return httpB.post("/api/v1/checkins").bearer(visitor.token()).json(Map.of("qr", poster)).send()
                .status();
    }

    /** The status once it is {@code expected}, or the last one seen when {@link #WAIT} has passed. */
    private static int eventually(IntSupplier status, int expected) {
        Instant deadline = Instant.now().plus(WAIT);
        int last = status.getAsInt();
        while (last != expected && Instant.now().isBefore(deadline)) {
            sleep();
            last = status.getAsInt();
        }
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
