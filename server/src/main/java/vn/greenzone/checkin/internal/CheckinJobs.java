package vn.greenzone.checkin.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.platform.ClusterLock;

/**
 * Periodic work on visits: closing visits whose default stay has passed (marked inferred). The job holds
 * a transaction-level advisory lock, so with several nodes one does the work.
 */
@Component
public class CheckinJobs {

    private static final Logger log = LoggerFactory.getLogger(CheckinJobs.class);
    private static final long CLOSE_LOCK = 0x67_7a_63_6c_6f_73_65L;
    private static final int CLOSE_BATCH = 1000;

    private final ClusterLock lock;
    private final CheckinRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CheckinJobs(ClusterLock lock, CheckinRepository repository, TransactionTemplate transactions, Clock clock) {
        this.lock = lock;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Closes overstayed visits a thousand at a time, each batch its own short transaction; returns how many. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public int closeOverstays() {
        int total = 0;
        int closed;
        do {
            Integer batch = transactions.execute(status -> lock.tryForTransaction(CLOSE_LOCK)
                    ? repository.closeOverstays(clock.instant(), CLOSE_BATCH) : 0);
            closed = batch == null ? 0 : batch;
            total += closed;
        } while (closed == CLOSE_BATCH);
        if (total > 0) {
            log.info("Closed {} visits after their default stay", total);
        }
        return total;
    }

}
