package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.internal.CheckinJobs;
import vn.greenzone.checkin.internal.CheckinPartitions;
import vn.greenzone.identity.Role;

/** Retention by day partitions, inferred check-outs, burst flags and the daily numbers. */
class CheckinJobsTest extends CheckinFixtures {

    @Autowired
    CheckinPartitions partitions;

    @Autowired
    CheckinJobs jobs;

    @Autowired
    CheckinProperties properties;

    private long insertVisit(long venueId, Long personId, Instant at, Duration stay) {
        return jdbc.sql("""
                        insert into checkin (venue_id, unit_code, checked_in_at, expected_end, method, person_id)
                        values (:venue, :unit, :at, :end, 'SELF', :person) returning id""")
                .param("venue", venueId).param("unit", COMMUNE).param("at", Timestamp.from(at))
                .param("end", Timestamp.from(at.plus(stay))).param("person", personId)
                .query(Long.class).single();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from checkin where id = :id").param("id", id).query(Long.class).single() == 1;
    }

    @Test
    void visitsOlderThanTheRetentionPeriodGoWithTheirWholeDayAndRecentOnesStay() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long days = properties.retention().toDays();
        LocalDate expiredDay = today.minusDays(days + 1);
        LocalDate keptDay = today.minusDays(days - 1);
        partitions.ensure(expiredDay);
        partitions.ensure(keptDay);
        long old = insertVisit(9_000_001, null, expiredDay.atTime(10, 0).toInstant(ZoneOffset.UTC), Duration.ofHours(1));
        long kept = insertVisit(9_000_001, null, keptDay.atTime(10, 0).toInstant(ZoneOffset.UTC), Duration.ofHours(1));
        long recent = insertVisit(9_000_001, null, Instant.now().minusSeconds(60), Duration.ofHours(1));

        assertThat(partitions.dropExpired(today)).contains("checkin_" + expiredDay.toString().replace("-", ""));

        assertThat(exists(old)).isFalse();
        assertThat(exists(kept)).isTrue();
        assertThat(exists(recent)).isTrue();
        assertThat(partitions.partitions()).doesNotContain("checkin_" + expiredDay.toString().replace("-", ""))
                .contains("checkin_" + keptDay.toString().replace("-", ""));
    }

    @Test
    void partitionsExistAheadSoTomorrowsFirstVisitFindsItsDay() {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        assertThat(partitions.partitions()).contains("checkin_" + tomorrow.toString().replace("-", ""));
    }

    @Test
    void anOpenVisitClosesAfterTheDefaultStayAndIsMarkedInferred() {
        TestVenue venue = venue("RESTAURANT");
        Instant arrived = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MILLIS);
        long overstayed = insertVisit(venue.id(), null, arrived, Duration.ofHours(2));
        long stillThere = insertVisit(venue.id(), null, Instant.now().minusSeconds(600), Duration.ofHours(2));

        assertThat(jobs.closeOverstays()).isGreaterThanOrEqualTo(1);

        var closed = jdbc.sql("select checked_out_at, checkout_inferred from checkin where id = :id").param("id", overstayed)
                .query().singleRow();
        assertThat(((Timestamp) closed.get("checked_out_at")).toInstant()).isEqualTo(arrived.plus(Duration.ofHours(2)));
        assertThat(closed.get("checkout_inferred")).isEqualTo(true);
        assertThat(jdbc.sql("select checked_out_at from checkin where id = :id").param("id", stillThere)
                .query(Timestamp.class).optional()).isEmpty();
    }

    @Test
    void theCheckInThatTakesSomeoneToAThirtyFirstVenueInAnHourFlagsThemForOfficialsOfThoseUnits() {
        TestHttp.Token busy = person("Phan Văn Bận");
        TestHttp.Token normal = person("Phan Văn Thường");
        Instant start = Instant.now().minus(Duration.ofMinutes(50));
        for (int i = 0; i < 30; i++) {
            insertVisit(8_000_000 + i, busy.personId(), start.plusSeconds(60L * i), Duration.ofMinutes(1));
        }
        // 29 venues, one of them twice: with the check-in below, 30 distinct venues.
        for (int i = 0; i < 29; i++) {
            insertVisit(8_100_000 + i, normal.personId(), start.plusSeconds(60L * i), Duration.ofMinutes(1));
        }
        insertVisit(8_100_000, normal.personId(), start.plusSeconds(1900), Duration.ofMinutes(1));
        TestVenue venue = venue("ESSENTIAL_SHOP");
        assertThat(checkIn(normal, venue.posterUrl()).status()).isEqualTo(201);
        assertThat(flagsOf(normal.personId())).as("30 venues are allowed").isZero();

        assertThat(checkIn(busy, venue.posterUrl()).status()).isEqualTo(201);
        assertThat(flagsOf(busy.personId())).isEqualTo(1);

        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Response flags = http().get("/api/v1/admin/units/" + DISTRICT + "/checkins/flags").bearer(admin.token()).send();
        assertThat(flags.status()).as(flags.toString()).isEqualTo(200);
        boolean busyFlagged = false;
        for (JsonNode flag : flags.json()) {
            assertThat(flag.path("personId").asLong()).isNotEqualTo(normal.personId());
            if (flag.path("personId").asLong() == busy.personId()) {
                busyFlagged = true;
                assertThat(flag.path("venues").asInt()).isEqualTo(31);
                assertThat(flag.path("maskedName").asText()).isEqualTo("PHAN V** B**");
            }
        }
        assertThat(busyFlagged).isTrue();
        TestHttp.assertProblem(http().get("/api/v1/admin/units/01/checkins/flags").bearer(admin.token()).send(), 403, "forbidden");
    }

    private long flagsOf(long personId) {
        return jdbc.sql("select count(*) from checkin_flag where person_id = :p").param("p", personId).query(Long.class).single();
    }

    @Test
    void checkInsAndActiveVenuesPerDayAddUpPerUnit() {
        TestVenue first = venue("SUPERMARKET");
        TestVenue second = venue("SUPERMARKET");
        TestHttp.Token admin = official(Role.UNIT_ADMIN, "70");
        String today = LocalDate.now(CheckinStatistics.ZONE).toString();
        JsonNode before = daily(admin, today);

        checkIn(person("Khách Một"), first.posterUrl());
        checkIn(person("Khách Hai"), first.posterUrl());
        checkIn(person("Khách Ba"), second.posterUrl());
        JsonNode after = daily(admin, today);

        assertThat(count(after, "checkins") - count(before, "checkins")).isEqualTo(3);
        assertThat(count(after, "activeVenues") - count(before, "activeVenues")).isEqualTo(2);
        TestHttp.assertProblem(http().get("/api/v1/admin/units/70/checkins/daily?from=2026-01-10&to=2026-01-01")
                .bearer(admin.token()).send(), 400, "checkin.period-invalid");
        TestHttp.assertProblem(http().get("/api/v1/admin/units/70/checkins/daily?from=" + today + "&to=" + today)
                .bearer(person("Dân Thường").token()).send(), 403, "forbidden");
    }

    private JsonNode daily(TestHttp.Token official, String day) {
        TestHttp.Response response = http().get("/api/v1/admin/units/70/checkins/daily?from=" + day + "&to=" + day)
                .bearer(official.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The figure for Đồng Xoài (689), where the test venues are, on the one day asked for. */
    private static long count(JsonNode daily, String field) {
        for (JsonNode row : daily) {
            if (row.path("unitCode").asText().equals(DISTRICT)) {
                return row.path(field).asLong();
            }
        }
        return 0;
    }
}
