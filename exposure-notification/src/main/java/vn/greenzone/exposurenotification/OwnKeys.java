package vn.greenzone.exposurenotification;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phone's own daily Temporary Exposure Keys. Immutable: a new day's key gives a new instance.
 * Phones keep 14 days, the longest an infected person's keys are worth publishing.
 */
public record OwnKeys(List<TemporaryExposureKey> keys) {

    public static final int RETENTION_DAYS = 14;

    public OwnKeys {
        keys = List.copyOf(keys);
    }

    /** Keys for {@code days} consecutive UTC days starting at {@code firstDay}. */
    public static OwnKeys generate(SecureRandom random, LocalDate firstDay, int days) {
        List<TemporaryExposureKey> keys = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            keys.add(TemporaryExposureKey.generate(random, EnIntervals.startOf(EnIntervals.dayStart(firstDay.plusDays(d)))));
        }
        return new OwnKeys(keys);
    }

    public Optional<TemporaryExposureKey> keyAt(Instant time) {
        int interval = EnIntervals.intervalOf(time);
        return keys.stream().filter(k -> k.covers(interval)).findFirst();
    }

    /** What this phone broadcasts at {@code time}, announcing {@code txPowerDbm} in the metadata. */
    public Advertisement advertisementAt(Instant time, int txPowerDbm) {
        TemporaryExposureKey key = keyAt(time).orElseThrow(() -> new IllegalStateException("no key covers " + time));
        byte[] tek = key.keyData();
        byte[] rpi = GaenCrypto.rpi(GaenCrypto.rpik(tek), EnIntervals.intervalOf(time));
        return new Advertisement(rpi, GaenCrypto.aem(GaenCrypto.aemk(tek), rpi, GaenCrypto.metadata(txPowerDbm)));
    }

    /**
     * The keys to upload after a positive test: those of the last {@value #RETENTION_DAYS} days up to
     * {@code now}, with the diagnosis attached. Today's key is included; it is still in use, so a key
     * server publishes it only once its rolling period has ended.
     */
    public List<TemporaryExposureKey> diagnosisKeys(Instant now, ReportType type, int transmissionRisk, Integer daysSinceOnset) {
        int nowInterval = EnIntervals.intervalOf(now);
        int oldest = EnIntervals.dayStart(nowInterval) - (RETENTION_DAYS - 1) * EnIntervals.TEK_ROLLING_PERIOD;
        return keys.stream()
                .filter(k -> k.rollingStartIntervalNumber() >= oldest && k.rollingStartIntervalNumber() <= nowInterval)
                .map(k -> k.withDiagnosis(type, transmissionRisk, daysSinceOnset))
                .toList();
    }
}
