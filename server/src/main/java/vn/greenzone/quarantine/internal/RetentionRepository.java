package vn.greenzone.quarantine.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the jobs: ending quarantines at their planned end, purging old records. Each call does one batch,
 * skipping rows a report or an officer holds, so the jobs never wait for people.
 */
@Repository
public class RetentionRepository {

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends up to {@code batch} active quarantines planned to end by {@code today}; returns how many. */
    public int endDue(LocalDate today, Instant now, int batch) {
        return jdbc.sql("""
                        with due as (
                            select id from quarantine where status = 'ACTIVE' and planned_end <= :today
                             order by id limit :batch for update skip locked),
                        ended as (
                            update quarantine q set status = 'ENDED', ended_at = :now, end_reason = 'COMPLETED',
                                   alert_at = null
                              from due where q.id = due.id returning q.id),
                        logged as (
                            insert into quarantine_event (quarantine_id, kind, detail)
                            select id, 'ENDED', 'COMPLETED' from ended)
                        select count(*) from ended""")
                .param("today", today).param("now", Timestamp.from(now)).param("batch", batch)
                .query(Integer.class).single();
    }

    /**
     * Deletes up to {@code batch} quarantines ended before {@code cutoff}, with their reports and history, and
     * keeps each one's unit, place and days (no person) for the numbers; returns how many.
     */
    public int purge(Instant cutoff, ZoneId zone, int batch) {
        return jdbc.sql("""
                        with old as (
                            select id from quarantine where status = 'ENDED' and ended_at < :cutoff
                             order by id limit :batch for update skip locked),
                        gone as (
                            delete from quarantine q using old where q.id = old.id
                            returning q.unit_code, q.place, q.start_date, q.ended_at),
                        kept as (
                            insert into quarantine_span (unit_code, place, start_date, end_date)
                            select unit_code, place, start_date, (ended_at at time zone :zone)::date from gone)
                        select count(*) from gone""")
                .param("cutoff", Timestamp.from(cutoff)).param("zone", zone.getId()).param("batch", batch)
                .query(Integer.class).single();
    }
}
