package vn.greenzone.exposurenotification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * ENIntervalNumber arithmetic: time is counted in 10-minute intervals since the Unix epoch, and a
 * Temporary Exposure Key is valid for {@value #TEK_ROLLING_PERIOD} of them (one UTC day).
 */
public final class EnIntervals {

    public static final int INTERVAL_SECONDS = 600;
    public static final int TEK_ROLLING_PERIOD = 144;

    private EnIntervals() {
    }

    /** ENIntervalNumber of a moment: Unix seconds / 600. */
    public static int intervalOf(Instant time) {
        return Math.toIntExact(Math.floorDiv(time.getEpochSecond(), INTERVAL_SECONDS));
    }

    public static Instant startOf(int interval) {
        return Instant.ofEpochSecond((long) interval * INTERVAL_SECONDS);
    }

    /** First interval of the UTC day containing {@code interval}: where a daily key starts. */
    public static int dayStart(int interval) {
        return Math.floorDiv(interval, TEK_ROLLING_PERIOD) * TEK_ROLLING_PERIOD;
    }

    public static int dayStart(LocalDate utcDay) {
        return intervalOf(utcDay.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static LocalDate utcDate(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }
}
