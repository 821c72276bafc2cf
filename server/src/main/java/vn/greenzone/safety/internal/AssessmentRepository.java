package vn.greenzone.safety.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.safety.SafetyColour;

/** Self-assessments, and the latest rating of venues from them and from inspections. */
@Repository
public class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long venueId, String criteriaSet, Scoring.Scored scored, SafetyColour colour, long by,
            Instant at) {
        return jdbc.sql("""
                        insert into safety_assessment (venue_id, criteria_set, criteria, answers, score, colour,
                                                       assessed_by, assessed_at)
                        values (:venue, :set, :criteria, :answers, :score, :colour, :by, :at) returning id""")
                .param("venue", venueId).param("set", criteriaSet)
                .param("criteria", scored.criteria().toArray(String[]::new))
                .param("answers", scored.answers().stream().map(Integer::shortValue).toArray(Short[]::new))
                .param("score", scored.score()).param("colour", colour.name()).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** The later of each venue's latest self-assessment and latest recorded inspection; unrated venues left out. */
    public Map<Long, Rating> latest(Collection<Long> venueIds) {
        if (venueIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select distinct on (venue_id) venue_id, colour, score, rated_at, by_inspection from (
                            select venue_id, colour, score, assessed_at as rated_at, false as by_inspection
                            from safety_assessment where venue_id = any(:ids)
                            union all
                            select venue_id, verdict, score, inspected_at, true
                            from safety_inspection where venue_id = any(:ids) and inspected_at is not null
                        ) rating order by venue_id, rated_at desc""")
                .param("ids", venueIds.toArray(Long[]::new))
                .query((row, n) -> new Rating(row.getLong("venue_id"), SafetyColour.valueOf(row.getString("colour")),
                        row.getInt("score"), row.getTimestamp("rated_at").toInstant(), row.getBoolean("by_inspection")))
                .list().stream().collect(Collectors.toMap(Rating::venueId, Function.identity()));
    }
}
