package vn.greenzone.exposurenotification;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.greenzone.exposurenotification.internal.Bytes;
import vn.greenzone.exposurenotification.internal.GaenCipher;

/**
 * The phone-side entry point: match diagnosis keys against the phone's sightings, group the matches
 * into exposure windows and score them. Immutable and thread-safe; each call keeps its own cipher
 * objects, so calls may run in parallel on different key sets.
 *
 * <pre>{@code
 * KeyExportReader reader = new KeyExportReader(VerificationKey.fromPem("310", "v1", pem));
 * KeyExport export = reader.read(Path.of("downloaded.zip"));
 * ExposureCheck check = new ExposureMatcher(MatchingOptions.defaults(), RiskConfiguration.cwaDefault())
 *         .check(List.of(export), phoneSightings);
 * }</pre>
 */
public final class ExposureMatcher {

    private final MatchingOptions options;
    private final RiskCalculator riskCalculator;

    public ExposureMatcher(MatchingOptions options, RiskConfiguration riskConfiguration) {
        this.options = Objects.requireNonNull(options);
        this.riskCalculator = new RiskCalculator(riskConfiguration);
    }

    /** Match verified exports against the sightings; revised keys replace the keys they revise. */
    public ExposureCheck check(List<KeyExport> exports, Sightings sightings) {
        Map<ByteBuffer, TemporaryExposureKey> revisions = new HashMap<>();
        exports.forEach(e -> e.revisedKeys().forEach(k -> revisions.put(ByteBuffer.wrap(k.keyData()), k)));
        List<TemporaryExposureKey> keys = new ArrayList<>();
        for (KeyExport export : exports) {
            for (TemporaryExposureKey key : export.keys()) {
                keys.add(revisions.isEmpty() ? key : revisions.getOrDefault(ByteBuffer.wrap(key.keyData()), key));
            }
        }
        List<Match> matches = match(keys, sightings);
        List<ExposureWindow> windows = windows(matches);
        return new ExposureCheck(matches, windows, riskCalculator.calculate(windows));
    }

    /**
     * Every sighting whose RPI one of the keys generated, heard within the tolerance of that RPI's
     * interval. Revoked keys are skipped. A sighting of a valid RPI at the wrong time is a replay or
     * relay of a recorded identifier and is not a match.
     */
    public List<Match> match(Collection<TemporaryExposureKey> keys, Sightings sightings) {
        GaenCipher cipher = new GaenCipher();
        byte[] rpik = new byte[16];
        byte[] rpis = new byte[EnIntervals.TEK_ROLLING_PERIOD * GaenCipher.BLOCK];
        long toleranceSeconds = options.tolerance().toSeconds();
        List<Match> matches = new ArrayList<>();
        if (sightings.size() == 0) {
            return matches;
        }
        for (TemporaryExposureKey key : keys) {
            if (key.reportType() == ReportType.REVOKED) {
                continue;
            }
            byte[] tek = key.keyData();
            cipher.rpik(tek, rpik);
            cipher.rpis(rpik, key.rollingStartIntervalNumber(), key.rollingPeriod(), rpis);
            byte[] aemk = null;
            for (int i = 0; i < key.rollingPeriod(); i++) {
                int s = sightings.firstWithRpi(Bytes.longAt(rpis, i * GaenCipher.BLOCK), Bytes.longAt(rpis, i * GaenCipher.BLOCK + 8));
                for (; s >= 0; s = sightings.nextWithSameRpi(s)) {
                    int interval = key.rollingStartIntervalNumber() + i;
                    long intervalStart = (long) interval * EnIntervals.INTERVAL_SECONDS;
                    long seenAt = sightings.seenAtSeconds(s);
                    if (seenAt < intervalStart - toleranceSeconds || seenAt >= intervalStart + EnIntervals.INTERVAL_SECONDS + toleranceSeconds) {
                        continue;
                    }
                    if (aemk == null) {
                        aemk = new byte[16];
                        cipher.aemk(tek, aemk);
                    }
                    Sighting sighting = sightings.get(s);
                    int txPower = txPower(cipher.aem(aemk, sighting.rpi(), sighting.aem()));
                    matches.add(new Match(key, sighting, interval, txPower, Math.max(0, txPower - sighting.rssiDbm())));
                }
            }
        }
        return matches;
    }

    /** TX power from decrypted metadata, if it is of the only defined version (major version bits 01). */
    private int txPower(byte[] metadata) {
        return (metadata[0] & 0xC0) == 0x40 ? metadata[1] : options.defaultTxPowerDbm();
    }

    /**
     * Groups matches by diagnosis key (one key is one device for one day) into windows of at most
     * {@link MatchingOptions#maxWindow()}. Sightings less than {@link MatchingOptions#scanDuration()}
     * apart form one scan instance, which stands for the time since the previous scan, never more than
     * the phone's scan interval. Windows of keys that were not infectious that day are left out.
     */
    public List<ExposureWindow> windows(List<Match> matches) {
        Map<TemporaryExposureKey, List<Match>> byKey = new LinkedHashMap<>();
        matches.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        List<ExposureWindow> windows = new ArrayList<>();
        byKey.forEach((key, keyMatches) -> {
            Infectiousness infectiousness = options.infectiousness(key.daysSinceOnsetOfSymptoms());
            if (infectiousness != Infectiousness.NONE) {
                windowsOfKey(key, infectiousness, keyMatches, windows);
            }
        });
        return windows;
    }

    private void windowsOfKey(TemporaryExposureKey key, Infectiousness infectiousness, List<Match> keyMatches, List<ExposureWindow> out) {
        List<Match> sorted = keyMatches.stream().sorted(Comparator.comparing(m -> m.sighting().seenAt())).toList();
        long scanInterval = options.scanInterval().toSeconds();
        List<ScanInstance> scans = new ArrayList<>();
        long windowStart = 0;
        long previousScan = Long.MIN_VALUE;
        int i = 0;
        while (i < sorted.size()) {
            long scanStart = sorted.get(i).sighting().seenAt().getEpochSecond();
            int minAttenuation = Integer.MAX_VALUE;
            long attenuationSum = 0;
            int count = 0;
            for (; i < sorted.size() && sorted.get(i).sighting().seenAt().getEpochSecond() - scanStart < options.scanDuration().toSeconds(); i++, count++) {
                minAttenuation = Math.min(minAttenuation, sorted.get(i).attenuationDb());
                attenuationSum += sorted.get(i).attenuationDb();
            }
            if (scans.isEmpty() || scanStart - windowStart >= options.maxWindow().toSeconds()) {
                flush(key, infectiousness, windowStart, scans, out);
                windowStart = scanStart;
            }
            int seconds = previousScan == Long.MIN_VALUE ? (int) scanInterval : (int) Math.min(scanInterval, scanStart - previousScan);
            scans.add(new ScanInstance(minAttenuation, (int) Math.round((double) attenuationSum / count), seconds));
            previousScan = scanStart;
        }
        flush(key, infectiousness, windowStart, scans, out);
    }

    private void flush(TemporaryExposureKey key, Infectiousness infectiousness, long windowStart, List<ScanInstance> scans, List<ExposureWindow> out) {
        if (scans.isEmpty()) {
            return;
        }
        out.add(new ExposureWindow(EnIntervals.utcDate(Instant.ofEpochSecond(windowStart)),
                options.effectiveReportType(key.reportType()), infectiousness, options.calibrationConfidence(), scans));
        scans.clear();
    }
}
