package vn.greenzone.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;

import vn.greenzone.exposurenotification.Advertisement;
import vn.greenzone.exposurenotification.ExposureCheck;
import vn.greenzone.exposurenotification.ExposureMatcher;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.MatchingOptions;
import vn.greenzone.exposurenotification.OwnKeys;
import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.RiskConfiguration;
import vn.greenzone.exposurenotification.RiskLevel;
import vn.greenzone.exposurenotification.Sighting;
import vn.greenzone.exposurenotification.Sightings;

/**
 * A crowd of phones over some simulated days. From 08:00 to 20:00 UTC, in half-hour slots, each phone is
 * at home (alone) or somewhere in a 12 m × 12 m room of one of the venues; phones in the same room scan
 * each other every 5 minutes, hearing each other at an attenuation that grows with distance (50 dB at
 * 1 m, indoor path-loss exponent 3), with ±4 dB of noise. The first {@code cases} phones test positive after the last day and publish their keys
 * through a {@link KeyServer}; every other phone downloads the exports, verifies them and matches.
 * The ground truth is the Ministry's definition: at most 2 m from a case for at least 15 minutes in a day.
 *
 * @param seed makes movements and distances repeatable (the keys themselves are always random, as on phones)
 */
public record CrowdSimulation(int phones, int venues, long seed, LocalDate firstDay, int days, int cases) {

    private static final int TX_POWER_DBM = 8;
    private static final int FIRST_HOUR = 8;
    private static final int SLOTS = 24;
    private static final double ROOM_METRES = 12;
    private static final double CLOSE_METRES = 2;
    /** Attenuation at 1 m, and how fast it grows with distance indoors among people (2 in free space, 2.7–3.5 indoors). */
    private static final double ONE_METRE_DB = 50;
    private static final double PATH_LOSS_EXPONENT = 3;
    private static final int CLOSE_MINUTES = 15;
    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final Duration SCAN_INTERVAL = Duration.ofMinutes(5);

    public CrowdSimulation {
        if (phones < 2 || venues < 1 || days < 1 || days > OwnKeys.RETENTION_DAYS || cases < 1 || cases >= phones) {
            throw new IllegalArgumentException("need 2+ phones, 1+ venues, 1–14 days and 1 to phones−1 cases");
        }
    }

    /**
     * @param contacts phones that were ≤ 2 m from a case for ≥ 15 minutes on some day (the ground truth)
     * @param sharedRoom phones that were in a room with a case at some time, however far and briefly
     * @param risk the risk level each phone with any risk computed
     */
    public record Outcome(SortedSet<Integer> contacts, SortedSet<Integer> sharedRoom, Map<Integer, RiskLevel> risk,
            int diagnosisKeys, int sightings, int exports) {

        /** Phones told they are at high risk. */
        public SortedSet<Integer> warned() {
            var warned = new TreeSet<Integer>();
            risk.forEach((phone, level) -> {
                if (level == RiskLevel.HIGH) {
                    warned.add(phone);
                }
            });
            return warned;
        }

        /** Share of the true contacts that were warned (1 when there were none). */
        public double recall() {
            return contacts.isEmpty() ? 1 : (double) contacts.stream().filter(warned()::contains).count() / contacts.size();
        }

        /** Share of the warned phones that were true contacts (1 when none was warned). */
        public double precision() {
            SortedSet<Integer> warned = warned();
            return warned.isEmpty() ? 1 : (double) warned.stream().filter(contacts::contains).count() / warned.size();
        }
    }

    /** Instants the simulation covers: its first midnight and the end of its last day. */
    public Instant start() {
        return firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return start().plus(Duration.ofDays(days));
    }

    /** Runs with a key server in memory. */
    public Outcome run() {
        return run(new LocalKeyServer(start(), end()));
    }

    public Outcome run(KeyServer server) {
        SplittableRandom movement = new SplittableRandom(seed);
        SecureRandom keys = new SecureRandom();
        List<OwnKeys> ownKeys = new ArrayList<>();
        List<List<Sighting>> heard = new ArrayList<>();
        for (int p = 0; p < phones; p++) {
            ownKeys.add(OwnKeys.generate(keys, firstDay, days));
            heard.add(new ArrayList<>());
        }
        SortedSet<Integer> contacts = new TreeSet<>();
        SortedSet<Integer> sharedRoom = new TreeSet<>();
        int sightings = 0;
        for (int day = 0; day < days; day++) {
            Map<Long, Integer> closeMinutes = new HashMap<>();
            Instant dayStart = start().plus(Duration.ofDays(day));
            for (int slot = 0; slot < SLOTS; slot++) {
                Instant slotStart = dayStart.plus(Duration.ofHours(FIRST_HOUR)).plus(SLOT.multipliedBy(slot));
                Map<Integer, List<Integer>> byVenue = new HashMap<>();
                Map<Integer, double[]> position = new HashMap<>();
                for (int p = 0; p < phones; p++) {
                    int place = movement.nextInt(2 * venues); // half the time at home, alone
                    if (place < venues) {
                        byVenue.computeIfAbsent(place, v -> new ArrayList<>()).add(p);
                        position.put(p, new double[] {ROOM_METRES * movement.nextDouble(), ROOM_METRES * movement.nextDouble()});
                    }
                }
                for (List<Integer> present : byVenue.values()) {
                    if (present.stream().anyMatch(p -> p < cases)) {
                        sharedRoom.addAll(present);
                    }
                    sightings += exchange(present, position, slotStart, ownKeys, heard, closeMinutes, movement);
                }
            }
            closeMinutes.forEach((pair, minutes) -> {
                if (minutes >= CLOSE_MINUTES) {
                    contacts.add((int) (pair % phones));
                }
            });
        }

        int diagnosisKeys = 0;
        for (int c = 0; c < cases; c++) {
            var published = ownKeys.get(c).diagnosisKeys(end().minusSeconds(1), ReportType.CONFIRMED_TEST, 0, 0);
            server.publish(c, published);
            diagnosisKeys += published.size();
        }
        KeyServer.Downloaded downloaded = server.download();
        var reader = new KeyExportReader(downloaded.verificationKey());
        List<KeyExport> exports = downloaded.exports().stream().map(reader::read).toList();
        ExposureMatcher matcher = new ExposureMatcher(MatchingOptions.defaults(), RiskConfiguration.cwaDefault());
        Map<Integer, RiskLevel> risk = new HashMap<>();
        for (int p = cases; p < phones; p++) {
            ExposureCheck check = matcher.check(exports, Sightings.of(heard.get(p)));
            if (check.risk().anyRisk()) {
                risk.put(p, check.risk().totalRiskLevel());
            }
        }
        contacts.removeIf(p -> p < cases);
        sharedRoom.removeIf(p -> p < cases);
        return new Outcome(contacts, sharedRoom, risk, diagnosisKeys, sightings, exports.size());
    }

    /**
     * Everyone in the room hears everyone else at each 5-minute scan of the slot; each scan within 2 m of a
     * case counts 5 minutes towards that pair's close contact that day.
     */
    private int exchange(List<Integer> present, Map<Integer, double[]> position, Instant slotStart, List<OwnKeys> ownKeys,
            List<List<Sighting>> heard, Map<Long, Integer> closeMinutes, SplittableRandom random) {
        int count = 0;
        for (Instant scan = slotStart; scan.isBefore(slotStart.plus(SLOT)); scan = scan.plus(SCAN_INTERVAL)) {
            Map<Integer, Advertisement> broadcast = new HashMap<>();
            for (int p : present) {
                broadcast.put(p, ownKeys.get(p).advertisementAt(scan, TX_POWER_DBM));
            }
            for (int listener : present) {
                for (int speaker : present) {
                    if (listener == speaker) {
                        continue;
                    }
                    double[] a = position.get(listener);
                    double[] b = position.get(speaker);
                    double metres = Math.max(0.3, Math.hypot(a[0] - b[0], a[1] - b[1]));
                    if (speaker < cases && metres <= CLOSE_METRES) {
                        closeMinutes.merge((long) speaker * phones + listener, (int) SCAN_INTERVAL.toMinutes(), Integer::sum);
                    }
                    double noise = 4 * (random.nextDouble() * 2 - 1);
                    int attenuation = (int) Math.round(ONE_METRE_DB + 10 * PATH_LOSS_EXPONENT * Math.log10(metres) + noise);
                    Instant at = scan.plusSeconds(random.nextInt(4));
                    heard.get(listener).add(new Sighting(broadcast.get(speaker), at, TX_POWER_DBM - attenuation));
                    count++;
                }
            }
        }
        return count;
    }
}
