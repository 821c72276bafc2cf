package vn.greenzone.exposure.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.platform.ClusterLock;

/** Hourly exports, and retention of keys, exports, codes and tokens; one node does each run. */
@Component
class ExposureJobs {

    private static final long LOCK = 0x6578_706f_7375_7265L;
    private static final Logger log = LoggerFactory.getLogger(ExposureJobs.class);

    private final KeyRepository keys;
    private final CodeRepository codes;
    private final KeyExports exports;
    private final ClusterLock lock;
    private final ExposureProperties properties;
    private final Clock clock;

    ExposureJobs(KeyRepository keys, CodeRepository codes, KeyExports exports, ClusterLock lock,
            ExposureProperties properties, Clock clock) {
        this.keys = keys;
        this.codes = codes;
        this.exports = exports;
        this.lock = lock;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * At five past each hour by default: the keys whose period ended on the hour are publishable by then.
     * {@code greenzone.exposure.export-cron} moves it (benchmarks/exposure/run runs it every few seconds).
     */
    @Scheduled(cron = "${greenzone.exposure.export-cron:" + ExposureProperties.EXPORT_CRON + "}")
    public void export() {
        exports.exportDue();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @Transactional
    public void forgetOld() {
        exports.forgetOld();
        if (!lock.tryForTransaction(LOCK)) {
            return;
        }
        int dropped = keys.deleteUploadedBefore(clock.instant().minus(properties.keyRetention()));
        int forgotten = codes.forgetBefore(clock.instant().minus(Duration.ofDays(1)));
        if (dropped + forgotten > 0) {
            log.info("Exposure retention: {} keys older than {} days, {} codes and tokens", dropped,
                    properties.keyRetention().toDays(), forgotten);
        }
    }
}
