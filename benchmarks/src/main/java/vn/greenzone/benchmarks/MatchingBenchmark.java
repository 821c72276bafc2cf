package vn.greenzone.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.greenzone.exposurenotification.Advertisement;
import vn.greenzone.exposurenotification.EnIntervals;
import vn.greenzone.exposurenotification.ExposureMatcher;
import vn.greenzone.exposurenotification.Match;
import vn.greenzone.exposurenotification.MatchingOptions;
import vn.greenzone.exposurenotification.OwnKeys;
import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.RiskConfiguration;
import vn.greenzone.exposurenotification.Sighting;
import vn.greenzone.exposurenotification.Sightings;
import vn.greenzone.exposurenotification.TemporaryExposureKey;

/**
 * One core matching N diagnosis keys (14 days' worth, random) against a phone holding 14 days of
 * sightings. A few of the sightings really come from diagnosed keys, so the match path runs too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchingBenchmark {

    public static final int SIGHTINGS = 20_000;
    static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

    @Param({"10000", "100000", "1000000"})
    public int keys;

    private List<TemporaryExposureKey> diagnosisKeys;
    private Sightings sightings;
    private final ExposureMatcher matcher = new ExposureMatcher(MatchingOptions.defaults(), RiskConfiguration.cwaDefault());

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(4);
        int today = EnIntervals.dayStart(EnIntervals.intervalOf(NOW));
        diagnosisKeys = new ArrayList<>(keys);
        for (int i = 0; i < keys; i++) {
            byte[] data = new byte[16];
            random.nextBytes(data);
            diagnosisKeys.add(new TemporaryExposureKey(data, today - 144 * (i % 14), 144, ReportType.CONFIRMED_TEST, 0, null));
        }
        List<Sighting> seen = new ArrayList<>(SIGHTINGS);
        OwnKeys diagnosed = new OwnKeys(diagnosisKeys.subList(0, Math.min(14, keys)));
        for (int i = 0; i < 10; i++) {
            Instant t = NOW.minusSeconds(3600L * 24 * i + 600);
            seen.add(new Sighting(diagnosed.advertisementAt(t, 8), t, -60));
        }
        long start = NOW.minusSeconds(14L * 86_400).getEpochSecond();
        while (seen.size() < SIGHTINGS) {
            byte[] rpi = new byte[16];
            byte[] aem = new byte[4];
            random.nextBytes(rpi);
            random.nextBytes(aem);
            seen.add(new Sighting(new Advertisement(rpi, aem), Instant.ofEpochSecond(start + random.nextLong(14L * 86_400)), -40 - random.nextInt(50)));
        }
        sightings = Sightings.of(seen);
    }

    @Benchmark
    public List<Match> match() {
        List<Match> matches = matcher.match(diagnosisKeys, sightings);
        if (matches.size() != 10) {
            throw new IllegalStateException("expected the 10 planted matches, got " + matches.size());
        }
        return matches;
    }
}
