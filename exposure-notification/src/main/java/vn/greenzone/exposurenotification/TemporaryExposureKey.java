package vn.greenzone.exposurenotification;

import static vn.greenzone.exposurenotification.ExposureDataException.Problem.KEY_LENGTH;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.ROLLING_PERIOD;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.ROLLING_START_INVALID;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Temporary Exposure Key: 16 random bytes, valid for {@code rollingPeriod} intervals from
 * {@code rollingStartIntervalNumber}. The diagnosis metadata (report type, transmission risk level,
 * days since onset of symptoms) is what the key server attaches when the key is published.
 *
 * @param daysSinceOnsetOfSymptoms {@code null} when unknown
 */
public record TemporaryExposureKey(
        byte[] keyData,
        int rollingStartIntervalNumber,
        int rollingPeriod,
        ReportType reportType,
        int transmissionRiskLevel,
        Integer daysSinceOnsetOfSymptoms) {

    public static final int KEY_LENGTH_BYTES = 16;

    public TemporaryExposureKey {
        Objects.requireNonNull(keyData, "keyData");
        Objects.requireNonNull(reportType, "reportType");
        if (keyData.length != KEY_LENGTH_BYTES) {
            throw new ExposureDataException(KEY_LENGTH, "key is " + keyData.length + " bytes, must be 16");
        }
        if (rollingPeriod < 1 || rollingPeriod > EnIntervals.TEK_ROLLING_PERIOD) {
            throw new ExposureDataException(ROLLING_PERIOD, "rolling period " + rollingPeriod + " is outside 1..144");
        }
        if (rollingStartIntervalNumber < 0) {
            throw new ExposureDataException(ROLLING_START_INVALID, "rolling start " + rollingStartIntervalNumber + " is negative");
        }
        keyData = keyData.clone();
    }

    /** A fresh key for the UTC day containing {@code time}, as a phone makes every day. */
    public static TemporaryExposureKey generate(SecureRandom random, Instant time) {
        byte[] key = new byte[KEY_LENGTH_BYTES];
        random.nextBytes(key);
        int start = EnIntervals.dayStart(EnIntervals.intervalOf(time));
        return new TemporaryExposureKey(key, start, EnIntervals.TEK_ROLLING_PERIOD, ReportType.UNKNOWN, 0, null);
    }

    /** The same key with the diagnosis metadata the key server attaches on upload. */
    public TemporaryExposureKey withDiagnosis(ReportType type, int transmissionRisk, Integer daysSinceOnset) {
        return new TemporaryExposureKey(keyData, rollingStartIntervalNumber, rollingPeriod, type, transmissionRisk, daysSinceOnset);
    }

    @Override
    public byte[] keyData() {
        return keyData.clone();
    }

    /** Whether {@code interval} is one of the intervals this key generates identifiers for. */
    public boolean covers(int interval) {
        return interval >= rollingStartIntervalNumber && interval < rollingStartIntervalNumber + rollingPeriod;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TemporaryExposureKey k
                && Arrays.equals(keyData, k.keyData)
                && rollingStartIntervalNumber == k.rollingStartIntervalNumber
                && rollingPeriod == k.rollingPeriod
                && reportType == k.reportType
                && transmissionRiskLevel == k.transmissionRiskLevel
                && Objects.equals(daysSinceOnsetOfSymptoms, k.daysSinceOnsetOfSymptoms);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keyData) * 31 + rollingStartIntervalNumber;
    }

    @Override
    public String toString() {
        return "TemporaryExposureKey[" + HexFormat.of().formatHex(keyData) + ", start=" + rollingStartIntervalNumber
                + ", period=" + rollingPeriod + ", " + reportType + ", trl=" + transmissionRiskLevel
                + ", dsos=" + daysSinceOnsetOfSymptoms + "]";
    }
}
