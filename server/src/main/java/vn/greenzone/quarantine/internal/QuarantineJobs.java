package vn.greenzone.quarantine.internal;

import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.platform.ClusterLock;
import vn.greenzone.quarantine.QuarantineProperties;

/**
 * Ends quarantines whose planned end has come and purges records past the retention. A thousand rows per
 * short transaction under an advisory lock: one node of a cluster does each run, and no board waits long.
 */
@Component
public class QuarantineJobs {

    private static final Logger log = LoggerFactory.getLogger(QuarantineJobs.class);
    private static final long LOCK = 0x71_75_61_72_61_6e_74L;
    private static final int BATCH = 1000;

    private final RetentionRepository retention;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;
    private final QuarantineClock clock;
    private final QuarantineProperties properties;

    QuarantineJobs(RetentionRepository retention, ClusterLock lock, TransactionTemplate transactions,
            QuarantineClock clock, QuarantineProperties properties) {
        this.retention = retention;
        this.lock = lock;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** The planned end is the day the quarantine is over: from 00:00 of that day it ends, unless extended. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public int endDue() {
        int ended = inBatches(() -> retention.endDue(clock.today(), clock.now(), BATCH));
        if (ended > 0) {
            log.info("Quarantine: {} ended at their planned end", ended);
        }
        return ended;
    }

    /** Records ended longer ago than the retention go, with their reports and history; their span of days stays. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public int purge() {
        int purged = inBatches(() -> retention.purge(clock.now().minus(properties.retention()), clock.zone(), BATCH));
        if (purged > 0) {
            log.info("Quarantine: {} records purged {} days after their end", purged, properties.retention().toDays());
        }
        return purged;
    }

    private int inBatches(IntSupplier batch) {
        int total = 0;
        int done;
        do {
            Integer count = transactions.execute(status -> lock.tryForTransaction(LOCK) ? batch.getAsInt() : 0);
            done = count == null ? 0 : count;
            total += done;
        } while (done == BATCH);
        return total;
    }
}
