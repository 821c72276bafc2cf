package vn.greenzone.checkin.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.checkin.CoPresence;
import vn.greenzone.checkin.PresenceVisit;
import vn.greenzone.checkin.SourceInterval;
import vn.greenzone.checkin.VisitMethod;

/**
 * Tracing's reads of the check-in table. Each question is a range on one of the (venue, arrival) or
 * (visitor, arrival) indexes, bounded below by the longest possible stay so that only the partitions of
 * the days asked about are read.
 */
@Repository
public class PresenceRepository {

    private static final String COLUMNS = """
            c.id, c.venue_id, c.checked_in_at, coalesce(c.checked_out_at, c.expected_end) as departure,
            case when c.checked_out_at is null then 'EXPECTED' when c.checkout_inferred then 'INFERRED'
                 when c.closed_by_next then 'NEXT_CHECKIN' else 'CHECKED_OUT' end as departure_known,
            c.method, c.foreign_code, c.person_id, c.dependant_id, c.visitor_name, c.visitor_phone, c.visitor_id_number""";

    private final JdbcClient jdbc;

    PresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PresenceVisit> visitsOf(Collection<Long> personIds, Collection<Long> dependantIds,
            Collection<String> phones, Collection<String> idNumbers, Instant from, Instant to) {
        // One branch per index: an OR across them would make PostgreSQL read them all for every branch.
        String range = """
                c.checked_in_at >= :earliest and c.checked_in_at < :to
                and coalesce(c.checked_out_at, c.expected_end) > :from""";
        String unregistered = "c.person_id is null and c.dependant_id is null and ";
        return jdbc.sql("""
                        select %1$s from checkin c where c.person_id = any(:persons) and %2$s
                        union all
                        select %1$s from checkin c where c.dependant_id = any(:dependants) and %2$s
                        union all
                        select %1$s from checkin c where %3$s c.visitor_phone = any(:phones) and %2$s
                        union all
                        select %1$s from checkin c where %3$s c.visitor_id_number = any(:idNumbers)
                           and coalesce(c.visitor_phone <> all(:phones), true) and %2$s
                        order by checked_in_at, id""".formatted(COLUMNS, range, unregistered))
                .param("persons", personIds.toArray(Long[]::new))
                .param("dependants", dependantIds.toArray(Long[]::new))
                .param("phones", phones.toArray(String[]::new))
                .param("idNumbers", idNumbers.toArray(String[]::new))
                .param("earliest", Timestamp.from(from.minus(CheckinRepository.LONGEST_STAY)))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(PresenceRepository::visit)
                .list();
    }

    public List<CoPresence> presentWith(List<SourceInterval> sources, Duration minOverlap, Duration airborneTail) {
        int n = sources.size();
        Long[] ids = new Long[n];
        Long[] venues = new Long[n];
        String[] starts = new String[n];
        String[] ends = new String[n];
        for (int i = 0; i < n; i++) {
            SourceInterval source = sources.get(i);
            ids[i] = source.visitId();
            venues[i] = source.venueId();
            starts[i] = source.start().toString();
            ends[i] = source.end().toString();
        }
        // Overlap is computed in microseconds by PostgreSQL, so a visit of exactly the threshold counts.
        return jdbc.sql("""
                        with source as (
                            select * from unnest(:ids::bigint[], :venues::bigint[], :starts::timestamptz[], :ends::timestamptz[])
                                   as s(visit_id, venue_id, s_start, s_end))
                        select s.visit_id as source_visit,
                               (extract(epoch from greatest(interval '0', least(s.s_end, v.departure) - greatest(s.s_start, v.checked_in_at)))
                                * 1000000)::bigint as overlap_micros,
                               v.checked_in_at > s.s_end as airborne, v.*
                          from source s
                          cross join lateral (
                              select %s from checkin c
                               where c.venue_id = s.venue_id and c.id <> s.visit_id
                                 and c.checked_in_at >= s.s_start - :longest::interval
                                 and c.checked_in_at <= s.s_end + :tail::interval
                                 and coalesce(c.checked_out_at, c.expected_end) > s.s_start) v
                         where least(s.s_end, v.departure) - greatest(s.s_start, v.checked_in_at) >= :minOverlap::interval
                            or v.checked_in_at > s.s_end
                         order by s.visit_id, v.checked_in_at, v.id""".formatted(COLUMNS))
                .param("ids", ids)
                .param("venues", venues)
                .param("starts", starts)
                .param("ends", ends)
                .param("longest", CheckinRepository.LONGEST_STAY.toSeconds() + " seconds")
                .param("tail", airborneTail.toNanos() / 1000 + " microseconds")
                .param("minOverlap", minOverlap.toNanos() / 1000 + " microseconds")
                .query((rs, row) -> new CoPresence(rs.getLong("source_visit"), visit(rs, row),
                        Duration.ofNanos(rs.getLong("overlap_micros") * 1000), rs.getBoolean("airborne")))
                .list();
    }

    public List<PresenceVisit> visitsAt(long venueId, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from checkin c
                        where c.venue_id = :venue and c.checked_in_at >= :earliest and c.checked_in_at < :to
                          and coalesce(c.checked_out_at, c.expected_end) > :from
                        order by c.checked_in_at, c.id""")
                .param("venue", venueId)
                .param("earliest", Timestamp.from(from.minus(CheckinRepository.LONGEST_STAY)))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(PresenceRepository::visit)
                .list();
    }

    private static PresenceVisit visit(ResultSet rs, int row) throws SQLException {
        return new PresenceVisit(rs.getLong("id"), rs.getLong("venue_id"), rs.getTimestamp("checked_in_at").toInstant(),
                rs.getTimestamp("departure").toInstant(), PresenceVisit.Departure.valueOf(rs.getString("departure_known")),
                VisitMethod.valueOf(rs.getString("method")), rs.getBoolean("foreign_code"),
                rs.getObject("person_id", Long.class), rs.getObject("dependant_id", Long.class),
                rs.getString("visitor_name"), rs.getString("visitor_phone"), rs.getString("visitor_id_number"));
    }
}
