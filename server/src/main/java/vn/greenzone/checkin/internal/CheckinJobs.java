package vn.greenzone.checkin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.checkin.CheckinProperties;

/**
 * Periodic work on visits: closing visits whose default stay has passed (marked inferred), and flagging
 * people who check in at implausibly many venues in an hour. Each job holds a transaction-level
 * advisory lock, so with several nodes one does the work.
 */
@Component
public class CheckinJobs {

    private static final Logger log = LoggerFactory.getLogger(CheckinJobs.class);
    private static final long CLOSE_LOCK = 0x67_7a_63_6c_6f_73_65L;
    private static final long BURST_LOCK = 0x67_7a_62_75_72_73_74L;
    private static final int CLOSE_BATCH = 1000;

    private final JdbcClient jdbc;
    private final CheckinRepository repository;
    private final CheckinProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CheckinJobs(JdbcClient jdbc, CheckinRepository repository, CheckinProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Closes overstayed visits a thousand at a time, each batch its own short transaction; returns how many. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public int closeOverstays() {
        int total = 0;
        int closed;
        do {
            Integer batch = transactions.execute(status -> locked(CLOSE_LOCK)
                    ? repository.closeOverstays(clock.instant(), CLOSE_BATCH) : 0);
            closed = batch == null ? 0 : batch;
            total += closed;
        } while (closed == CLOSE_BATCH);
        if (total > 0) {
            log.info("Closed {} visits after their default stay", total);
        }
        return total;
    }

    /** Flags people seen at more venues than allowed within the hour before now; returns how many were new. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    public int flagBursts() {
        Instant now = clock.instant();
        // One flag per person and hour: later runs over the same burst raise its count rather than add rows.
        Instant windowStart = now.minus(Duration.ofHours(1));
        Integer flagged = transactions.execute(status -> !locked(BURST_LOCK) ? 0 : jdbc.sql("""
                        insert into checkin_flag (person_id, window_start, venues, unit_codes)
                        select person_id, date_trunc('hour', :start::timestamptz), count(distinct venue_id),
                               array_agg(distinct unit_code)
                          from checkin
                         where person_id is not null and checked_in_at > :start and checked_in_at <= :now
                         group by person_id
                        having count(distinct venue_id) > :limit
                        on conflict (person_id, window_start) do update
                           set venues = greatest(checkin_flag.venues, excluded.venues), detected_at = now()""")
                .param("start", java.sql.Timestamp.from(windowStart))
                .param("now", java.sql.Timestamp.from(now))
                .param("limit", properties.burstVenuesPerHour())
                .update());
        return flagged == null ? 0 : flagged;
    }

    private boolean locked(long key) {
        return jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single();
    }
}
