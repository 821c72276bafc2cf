package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;

/**
 * Self check-ins sent at the same moment are written together by the group-commit writer; each request still
 * gets its own answer after its own visit is committed, with the meaning it has alone.
 */
class GroupCommitTest extends CheckinFixtures {

    @Test
    void concurrentCheckInsEachGetTheirOwnVisitAndEveryAcknowledgedOneIsStored() throws Exception {
        TestVenue venue = venue("SUPERMARKET");
        List<TestHttp.Token> visitors = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            visitors.add(http().signInApi(TestHttp.randomPhone()));
        }

        List<TestHttp.Response> answers = atOnce(visitors.stream()
                .<Callable<TestHttp.Response>>map(visitor -> () -> checkIn(visitor, venue.posterUrl())).toList());

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            TestHttp.Response answer = answers.get(i);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            ids.add(answer.json().path("visit").path("id").asLong());
            long stored = jdbc.sql("select person_id from checkin where id = :id").param("id", ids.getLast())
                    .query(Long.class).single();
            assertThat(stored).as("the visit answered is the visitor's own").isEqualTo(visitors.get(i).personId());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(visits(venue.id())).isEqualTo(visitors.size());
    }

    @Test
    void twinScansOfOnePersonSentAtOnceAreOneVisit() throws Exception {
        TestVenue venue = venue("RESTAURANT");
        TestHttp.Token visitor = http().signInApi(TestHttp.randomPhone());

        List<TestHttp.Response> answers = atOnce(java.util.Collections.nCopies(8,
                (Callable<TestHttp.Response>) () -> checkIn(visitor, venue.posterUrl())));

        assertThat(answers).extracting(TestHttp.Response::status).containsOnlyOnce(201).containsOnly(201, 200);
        assertThat(answers).extracting(answer -> answer.json().path("visit").path("id").asLong()).containsOnly(
                answers.getFirst().json().path("visit").path("id").asLong());
        assertThat(visits(venue.id())).isEqualTo(1);
    }

    @Test
    void aCheckInAmongOthersStillClosesTheVisitorsVisitElsewhere() throws Exception {
        TestVenue cafe = venue("RESTAURANT");
        TestVenue market = venue("MARKET");
        TestHttp.Token visitor = http().signInApi(TestHttp.randomPhone());
        long atCafe = checkIn(visitor, cafe.posterUrl()).json().path("visit").path("id").asLong();
        List<Callable<TestHttp.Response>> requests = new ArrayList<>();
        requests.add(() -> checkIn(visitor, market.posterUrl()));
        for (int i = 0; i < 7; i++) {
            TestHttp.Token other = http().signInApi(TestHttp.randomPhone());
            requests.add(() -> checkIn(other, market.posterUrl()));
        }

        List<TestHttp.Response> answers = atOnce(requests);

        assertThat(answers).extracting(TestHttp.Response::status).containsOnly(201);
        long atMarket = answers.getFirst().json().path("visit").path("id").asLong();
        var closed = jdbc.sql("select checked_out_at, closed_by_next from checkin where id = :id").param("id", atCafe)
                .query().singleRow();
        Timestamp arrival = jdbc.sql("select checked_in_at from checkin where id = :id").param("id", atMarket)
                .query(Timestamp.class).single();
        assertThat(closed.get("checked_out_at")).isEqualTo(arrival);
        assertThat(closed.get("closed_by_next")).isEqualTo(true);
    }

    @Test
    void refusalsAmongConcurrentCheckInsAreTheirOwn() throws Exception {
        TestVenue open = venue("MARKET");
        TestVenue rotated = venue("MARKET");
        TestHttp.Response rotation = http().post("/api/v1/venues/" + rotated.id() + "/rotate")
                .bearer(rotated.owner().token()).send();
        assertThat(rotation.status()).as(rotation.toString()).isEqualTo(200);
        TestHttp.Token first = http().signInApi(TestHttp.randomPhone());
        TestHttp.Token second = http().signInApi(TestHttp.randomPhone());

        List<TestHttp.Response> answers = atOnce(List.of(
                () -> checkIn(first, open.posterUrl()),
                () -> checkIn(second, rotated.posterUrl()),
                () -> http().post("/api/v1/checkins").bearer(first.token()).json(Map.of("qr", open.posterUrl(),
                        "dependants", List.of(Long.MAX_VALUE))).send(),
                () -> http().post("/api/v1/checkins").bearer("not-a-token").json(Map.of("qr", open.posterUrl())).send()));

        assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(201);
        TestHttp.assertProblem(answers.get(1), 410, "venue.qr-rotated");
        assertThat(answers.get(2).status()).as("someone else's dependant").isEqualTo(404);
        assertThat(answers.get(3).status()).isEqualTo(401);
        assertThat(visits(open.id())).isEqualTo(1);
        assertThat(visits(rotated.id())).isZero();
    }

    /** Runs the calls on threads of their own, released together, and returns their results in order. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.size())) {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
