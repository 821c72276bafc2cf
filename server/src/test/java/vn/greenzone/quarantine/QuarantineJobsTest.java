package vn.greenzone.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;
import vn.greenzone.quarantine.internal.QuarantineJobs;

/**
 * Quarantines end by themselves at their planned end; records are purged after the retention, and the
 * numbers per unit and day stay as they were.
 */
class QuarantineJobsTest extends QuarantineFixtures {

    /** Xã Tiến Hưng, Thành phố Đồng Xoài: no other test enrols anyone there, so its numbers are this test's. */
    private static final String QUIET_COMMUNE = "25213";

    @Autowired
    QuarantineJobs jobs;

    @Test
    void quarantinesEndAtTheirPlannedEndAndPurgedRecordsLeaveTheNumbersAsTheyWere() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        String early = phoneOf(person("Lý Văn Sớm"));
        String later = phoneOf(person("Lý Thị Sau"));
        long first = enrolled(officer, inQuietCommune(early, today().minusDays(2)));
        String firstLink = linkToken(early);
        long second = enrolled(officer, inQuietCommune(later, today()));

        assertThat(inQuarantine(officer, today().minusDays(3), today())).containsExactly(0L, 1L, 1L, 2L);
        JsonNode day = stats(officer, today().minusDays(2), today().minusDays(2)).get(0);
        assertThat(day.path("started").asLong()).isEqualTo(1);

        // The first one's planned end has come.
        jdbc.sql("update quarantine set planned_end = :today where id = :id").param("today", today()).param("id", first)
                .update();
        assertThat(jobs.endDue()).isGreaterThanOrEqualTo(1);
        JsonNode ended = detail(officer, first);
        assertThat(ended.path("quarantine").path("status").asString()).isEqualTo("ENDED");
        assertThat(ended.path("quarantine").path("endReason").asString()).isEqualTo("COMPLETED");
        JsonNode last = ended.path("history").get(ended.path("history").size() - 1);
        assertThat(last.path("kind").asString()).isEqualTo("ENDED");
        assertThat(last.has("by")).as("the system ended it").isFalse();
        assertProblem(reportByLink(first, firstLink, Map.of("healthy", true)), 410, "quarantine.link-ended");
        assertThat(detail(officer, second).path("quarantine").path("status").asString()).isEqualTo("ACTIVE");
        assertThat(stats(officer, today(), today()).get(0).path("ended").asLong()).isEqualTo(1);

        // Long ago now: it ran for two weeks a month and a half back, and ended 31 days ago.
        jdbc.sql("""
                update quarantine set start_date = :start, planned_end = :end, ended_at = now() - interval '31 days'
                 where id = :id""")
                .param("start", today().minusDays(45)).param("end", today().minusDays(31)).param("id", first).update();
        List<Long> before = inQuarantine(officer, today().minusDays(46), today().minusDays(30));
        assertThat(before.stream().mapToLong(Long::longValue).sum()).isEqualTo(15);
        assertThat(jobs.purge()).isGreaterThanOrEqualTo(1);
        assertProblem(http().get("/api/v1/quarantines/" + first).bearer(officer.token()).send(), 404, "quarantine.not-found");
        assertThat(jdbc.sql("select count(*) from quarantine_event where quarantine_id = :id").param("id", first)
                .query(Long.class).single()).isZero();
        assertThat(inQuarantine(officer, today().minusDays(46), today().minusDays(30))).isEqualTo(before);
        assertThat(detail(officer, second).path("quarantine").path("status").asString()).isEqualTo("ACTIVE");
    }

    private static Map<String, Object> inQuietCommune(String phone, LocalDate start) {
        var body = atHome(phone, start);
        body.put("unitCode", QUIET_COMMUNE);
        return body;
    }

    /** The quiet commune's rows of the district's numbers, one per day. */
    private JsonNode stats(TestHttp.Token officer, LocalDate from, LocalDate to) {
        TestHttp.Response answer = http().get("/api/v1/quarantines/stats?unit=" + DISTRICT + "&from=" + from + "&to=" + to)
                .bearer(officer.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var rows = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode row : answer.json().path("days")) {
            if (row.path("unitCode").asString().equals(QUIET_COMMUNE)) {
                rows.add(row);
            }
        }
        assertThat(rows.size()).as("a row for every day, none missing").isEqualTo((int) (to.toEpochDay() - from.toEpochDay() + 1));
        return rows;
    }

    private List<Long> inQuarantine(TestHttp.Token officer, LocalDate from, LocalDate to) {
        var counts = new ArrayList<Long>();
        stats(officer, from, to).forEach(row -> counts.add(row.path("inQuarantine").asLong()));
        return counts;
    }
}
