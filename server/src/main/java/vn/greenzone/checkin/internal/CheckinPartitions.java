package vn.greenzone.checkin.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.platform.ClusterLock;

/**
 * Day partitions of the check-in table (UTC days): made a few days ahead, so an insert never finds its
 * day missing, and dropped whole once past the retention period, which deletes a day of visits without
 * touching a row. Every node runs the jobs; a transaction-level advisory lock lets one do the work.
 */
@Component
public class CheckinPartitions implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CheckinPartitions.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final long LOCK_KEY = 0x67_7a_63_68_6b_69_6eL; // "gzchkin"
    /** Days made ahead of today, and behind it for devices that were offline. */
    private static final int DAYS_AHEAD = 3;
    private static final int DAYS_BEHIND = 2;

    private final JdbcClient jdbc;
    private final CheckinProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ClusterLock lock;

    CheckinPartitions(JdbcClient jdbc, CheckinProperties properties, Clock clock, TransactionTemplate transactions,
            ClusterLock lock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
        this.lock = lock;
    }

    /** Before the web server opens, so no check-in can find its day missing. */
    @Override
    public void afterSingletonsInstantiated() {
        maintain();
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    public void maintain() {
        transactions.executeWithoutResult(status -> {
            if (lock.tryForTransaction(LOCK_KEY)) {
                LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
                for (int day = -DAYS_BEHIND; day <= DAYS_AHEAD; day++) {
                    ensure(today.plusDays(day));
                }
                dropExpired(today);
            }
        });
    }

    /**
     * Makes the partition for an arrival older than the days kept ready, as an imported register of last
     * week needs; newer days are there already.
     */
    public void ensureFor(Instant arrival) {
        LocalDate day = LocalDate.ofInstant(arrival, ZoneOffset.UTC);
        if (day.isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(DAYS_BEHIND))) {
            ensure(day);
        }
    }

    /** Creates the partition of {@code day} unless it exists. */
    public void ensure(LocalDate day) {
        String name = name(day);
        jdbc.sql("""
                create table if not exists %s partition of checkin
                for values from ('%s 00:00:00+00') to ('%s 00:00:00+00')""".formatted(name, day, day.plusDays(1)))
                .update();
    }

    /** Drops every partition whose whole day lies before the retention cut-off; returns their names. */
    public List<String> dropExpired(LocalDate today) {
        LocalDate oldestKept = today.minusDays(properties.retention().toDays());
        List<String> expired = partitions().stream()
                .filter(name -> LocalDate.parse(name.substring("checkin_".length()), SUFFIX).isBefore(oldestKept))
                .toList();
        for (String name : expired) {
            jdbc.sql("drop table " + name).update();
            log.info("Dropped check-in partition {} (retention {} days)", name, properties.retention().toDays());
        }
        return expired;
    }

    /** Names of the existing day partitions, oldest first. */
    public List<String> partitions() {
        return jdbc.sql("""
                        select c.relname from pg_inherits i
                          join pg_class c on c.oid = i.inhrelid
                          join pg_class p on p.oid = i.inhparent
                         where p.relname = 'checkin' and c.relname ~ '^checkin_[0-9]{8}$'
                         order by c.relname""")
                .query(String.class)
                .list();
    }

    static String name(LocalDate day) {
        return "checkin_" + day.format(SUFFIX);
    }
}
