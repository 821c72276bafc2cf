package vn.greenzone.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
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
                List.of(visit(cafe, dung.personId(), now)))));

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
        assertThat(jdbc.sql("select count(*) from checkin where person_id = any(:people)")
                .param("people", new Long[] {ann, binh, chau.personId(), dung.personId()}).query(Long.class).single())
                .as("Ann 2, Bình 1, Châu 1, Dũng 2").isEqualTo(6);
    }

    private Object closedAt(long visitId) {
        return jdbc.sql("select checked_out_at from checkin where id = :id").param("id", visitId).query().singleRow()
                .get("checked_out_at");
    }

    private static NewVisit visit(Venue venue, long personId, Instant at) {
        return new NewVisit(venue, Visitor.person(personId), at, VisitMethod.SELF, null);
    }
}
