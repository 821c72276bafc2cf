package vn.greenzone.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.checkin.VisitMethod;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * One batch of the group-commit writer, made up so that it holds every case at once (concurrent requests
 * only make such a batch likely): what each scan means inside the batch is what it would mean alone.
 */
class SelfScanWriterTest extends CheckinFixtures {

    @Autowired
    private SelfScanWriter writer;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private Venues venues;
    @Autowired
    private CheckinRepository repository;
    @Autowired
    private CheckinProperties properties;

    @Test
    void oneBatchKeepsTheMeaningOfEachScan() {
        Venue cafe = venues.find(venue("RESTAURANT").id());
        TestVenue marketVenue = venue("MARKET");
        Venue market = venues.find(marketVenue.id());
        long ann = http().signInApi(TestHttp.randomPhone()).personId();
        long binh = http().signInApi(TestHttp.randomPhone()).personId();
        TestHttp.Token chau = http().signInApi(TestHttp.randomPhone());
        TestHttp.Token dung = http().signInApi(TestHttp.randomPhone());
        // committed before the batch: Châu is at the market, Dũng at the café
        long chauEarlier = checkIn(chau, marketVenue.posterUrl()).json().path("visit").path("id").asLong();
        long dungAtMarketEarlier = checkIn(dung, marketVenue.posterUrl()).json().path("visit").path("id").asLong();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        List<List<RecordedVisit>> answers = transactions.execute(status -> writer.writeTogether(List.of(
                List.of(visit(cafe, ann, now)),
                List.of(visit(cafe, binh, now)),
                List.of(visit(cafe, ann, now.plusMillis(1))),
                List.of(visit(market, ann, now.plusMillis(2))),
                List.of(visit(market, chau.personId(), now)),
                List.of(visit(cafe, dung.personId(), now)),
                List.of(visit(cafe, binh, now.plus(Duration.ofMinutes(6)))))));

        RecordedVisit annAtCafe = answers.get(0).getFirst();
        assertThat(annAtCafe.created()).isTrue();
        assertThat(answers.get(1).getFirst().created()).as("another person, a visit of their own").isTrue();
        assertThat(answers.get(2).getFirst()).as("Ann's twin scan in the same batch")
                .isEqualTo(new RecordedVisit(annAtCafe.id(), annAtCafe.checkedInAt(), false));
        RecordedVisit annAtMarket = answers.get(3).getFirst();
        assertThat(annAtMarket.created()).isTrue();
        assertThat(closedAt(annAtCafe.id())).as("Ann's café visit, closed by her market visit in the same batch")
                .isEqualTo(Timestamp.from(annAtMarket.checkedInAt()));
        assertThat(answers.get(4).getFirst()).as("Châu's repeat of a visit committed before")
                .isEqualTo(new RecordedVisit(chauEarlier, answers.get(4).getFirst().checkedInAt(), false));
        assertThat(answers.get(5).getFirst().created()).isTrue();
        assertThat(closedAt(dungAtMarketEarlier)).as("Dũng's earlier visit, closed by his arrival at the café")
                .isEqualTo(Timestamp.from(now));
        assertThat(closedAt(answers.get(5).getFirst().id())).isNull();
        RecordedVisit binhLater = answers.get(6).getFirst();
        assertThat(binhLater.created()).as("Bình again at the café, further apart than the collapse window").isTrue();
        assertThat(binhLater.id()).isNotEqualTo(answers.get(1).getFirst().id());
        assertThat(jdbc.sql("select count(*) from checkin where person_id = any(:people)")
                .param("people", new Long[] {ann, binh, chau.personId(), dung.personId()}).query(Long.class).single())
                .as("Ann 2, Bình 2, Châu 1, Dũng 2").isEqualTo(7);
    }

    @Test
    void aTwinStampedAMomentEarlierButWrittenLaterIsTheSameVisit() {
        // two taps on a phone: the request whose clock read earlier may reach the writer second, in the same batch
        // or in the next one
        Venue cafe = venues.find(venue("RESTAURANT").id());
        long ann = http().signInApi(TestHttp.randomPhone()).personId();
        long binh = http().signInApi(TestHttp.randomPhone()).personId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        List<List<RecordedVisit>> sameBatch = transactions.execute(status -> writer.writeTogether(List.of(
                List.of(visit(cafe, ann, now)), List.of(visit(cafe, ann, now.minusMillis(1))))));
        List<RecordedVisit> first = transactions.execute(status -> writer.writeTogether(List.of(
                List.of(visit(cafe, binh, now))))).getFirst();
        List<RecordedVisit> nextBatch = transactions.execute(status -> writer.writeTogether(List.of(
                List.of(visit(cafe, binh, now.minusMillis(1)))))).getFirst();

        assertThat(sameBatch.get(1).getFirst()).isEqualTo(new RecordedVisit(sameBatch.get(0).getFirst().id(),
                sameBatch.get(0).getFirst().checkedInAt(), false));
        assertThat(nextBatch.getFirst().created()).as("a repeat of the visit written before").isFalse();
        assertThat(nextBatch.getFirst().id()).isEqualTo(first.getFirst().id());
        assertThat(jdbc.sql("select count(*) from checkin where person_id = any(:people)")
                .param("people", new Long[] {ann, binh}).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRequestThatFailsInABatchFailsAloneAndTheOthersAreWritten() throws Exception {
        Venue cafe = venues.find(venue("RESTAURANT").id());
        long ann = http().signInApi(TestHttp.randomPhone()).personId();
        long binh = http().signInApi(TestHttp.randomPhone()).personId();
        // a writer of its own that waits long enough to gather both requests into one batch
        var slow = new CheckinProperties.GroupCommit(Duration.ofMillis(500), 500, 1, Duration.ofSeconds(30));
        var writer = new SelfScanWriter(repository, transactions, new CheckinProperties(properties.retention(),
                properties.collapseWindow(), properties.burstVenuesPerHour(), properties.deviceMaxAge(),
                properties.deviceClockSkew(), properties.maxBatch(), slow));
        writer.start();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<List<RecordedVisit>> good = threads.submit(() -> writer.record(List.of(visit(cafe, ann, Instant.now()))));
            // a staff scan is not the writer's to write: its statement refuses it
            Future<List<RecordedVisit>> bad = threads.submit(() -> writer.record(List.of(
                    new NewVisit(cafe, Visitor.person(binh), Instant.now(), VisitMethod.STAFF, ann))));

            assertThat(good.get().getFirst().created()).isTrue();
            assertThatThrownBy(bad::get).hasCauseInstanceOf(IllegalArgumentException.class);
        } finally {
            writer.stop();
        }
        assertThat(jdbc.sql("select count(*) from checkin where person_id = any(:people)")
                .param("people", new Long[] {ann, binh}).query(Long.class).single()).isEqualTo(1);
    }

    private Object closedAt(long visitId) {
        return jdbc.sql("select checked_out_at from checkin where id = :id").param("id", visitId).query().singleRow()
                .get("checked_out_at");
    }

    private static NewVisit visit(Venue venue, long personId, Instant at) {
        return new NewVisit(venue, Visitor.person(personId), at, VisitMethod.SELF, null);
    }
}
