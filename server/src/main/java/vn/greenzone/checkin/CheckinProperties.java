package vn.greenzone.checkin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code greenzone.checkin}. */
@ConfigurationProperties("greenzone.checkin")
public record CheckinProperties(
        /** How long visits are kept; whole days past it are dropped. */
        @DefaultValue("21d") Duration retention,
        /** Scans of one person at one venue within this window are one visit. */
        @DefaultValue("5m") Duration collapseWindow,
        /** A person at more venues than this within an hour is flagged. */
        @DefaultValue("30") int burstVenuesPerHour,
        /** How old a reader device's scan may be (a device that was offline). */
        @DefaultValue("24h") Duration deviceMaxAge,
        /** Clock skew tolerated for a device's scan time in the future. */
        @DefaultValue("5m") Duration deviceClockSkew,
        @DefaultValue("1000") int maxBatch,
        /** The writer that commits concurrent self check-ins together. */
        @DefaultValue GroupCommit groupCommit) {

    /**
     * Settings under {@code greenzone.checkin.group-commit}: concurrent self check-ins are gathered for at most
     * {@code maxWait} (0: only those already waiting), at most {@code maxBatch} visits, and written in one
     * statement and one commit by one of {@code writers} threads (each visitor always by the same one, so one
     * batch can be written while another waits for its flush); a request gets 503 when its commit has not come
     * within {@code answerTimeout}.
     */
    public record GroupCommit(@DefaultValue("2ms") Duration maxWait, @DefaultValue("500") int maxBatch,
            @DefaultValue("2") int writers, @DefaultValue("5s") Duration answerTimeout) {
    }
}
