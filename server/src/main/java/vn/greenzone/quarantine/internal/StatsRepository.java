package vn.greenzone.quarantine.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People in quarantine per reporting unit and day. Each quarantine is a span of days (start to end, or to
 * today while active); spans kept after a record's purge ({@code quarantine_span}) count the same, so a
 * month-old report does not shrink when the people in it are forgotten.
 */
@Repository
public class StatsRepository {

    /** A reporting unit's day: in quarantine that day, started and ended that day. */
    public record DayCount(String unitCode, LocalDate day, long inQuarantine, long started, long ended) {
    }

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code communes[i]} is counted under {@code reporting[i]}; days with nobody are left out. */
    public List<DayCount> perDay(List<String> communes, List<String> reporting, LocalDate from, LocalDate to,
            LocalDate today, ZoneId zone) {
        return jdbc.sql("""
                        with units as (select * from unnest(:communes::text[], :reporting::text[]) as m (unit_code, reporting)),
                        spans as (
                            select m.reporting, q.start_date,
                                   coalesce((q.ended_at at time zone :zone)::date, :today) as last_day,
                                   (q.ended_at at time zone :zone)::date as ended_day
                              from quarantine q join units m on m.unit_code = q.unit_code
                             where q.start_date <= :to
                            union all
                            select m.reporting, s.start_date, s.end_date, s.end_date
                              from quarantine_span s join units m on m.unit_code = s.unit_code
                             where s.start_date <= :to and s.end_date >= :from)
                        select s.reporting, d.day::date as day, count(*) as in_quarantine,
                               count(*) filter (where s.start_date = d.day::date) as started,
                               count(*) filter (where s.ended_day = d.day::date) as ended
                          from spans s
                          join generate_series(:from::date, :to::date, interval '1 day') as d (day)
                            on d.day::date between s.start_date and s.last_day
                         group by s.reporting, d.day
                         order by s.reporting, d.day""")
                .param("communes", communes.toArray(String[]::new))
                .param("reporting", reporting.toArray(String[]::new))
                .param("from", from).param("to", to).param("today", today).param("zone", zone.getId())
                .query((rs, row) -> new DayCount(rs.getString("reporting"), rs.getDate("day").toLocalDate(),
                        rs.getLong("in_quarantine"), rs.getLong("started"), rs.getLong("ended")))
                .list();
    }
}
