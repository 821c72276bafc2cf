package vn.greenzone.simulator;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.SortedSet;
import vn.greenzone.exposurenotification.Advertisement;
import vn.greenzone.exposurenotification.ExportSigner;
import vn.greenzone.exposurenotification.ExposureCheck;
import vn.greenzone.exposurenotification.ExposureMatcher;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.KeyExportWriter;
import vn.greenzone.exposurenotification.MatchingOptions;
import vn.greenzone.exposurenotification.OwnKeys;
import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.RiskConfiguration;
import vn.greenzone.exposurenotification.RiskLevel;
import vn.greenzone.exposurenotification.SignatureInfo;
import vn.greenzone.exposurenotification.Sighting;
import vn.greenzone.exposurenotification.Sightings;
import vn.greenzone.exposurenotification.VerificationKey;

/**
 * A crowd of phones over one simulated day. From 08:00 to 20:00, in half-hour slots, each phone is
 * at home (alone) or at one of the venues; phones at the same venue scan each other every 5 minutes
 * at 0.5–2 m. Phone 0 tests positive in the evening: its keys go into a signed export, which every
 * other phone downloads, verifies and matches against its own sightings.
 *
 * @param seed makes the movements repeatable (the keys themselves are always random, as on real phones)
 */
public record CrowdSimulation(int phones, int venues, long seed, LocalDate day) {

    static final int CASE = 0;
    private static final int TX_POWER_DBM = 8;
    private static final int FIRST_HOUR = 8;
    private static final int SLOTS = 24;
    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final Duration SCAN_INTERVAL = Duration.ofMinutes(5);

    public CrowdSimulation {
        if (phones < 2 || venues < 1) {
            throw new IllegalArgumentException("need at least 2 phones and 1 venue");
        }
    }

    /**
     * @param metCase phones that shared a venue slot with the case (the ground truth)
     * @param risk the risk level each warned phone computed
     */
    public record Outcome(SortedSet<Integer> metCase, Map<Integer, RiskLevel> risk, int diagnosisKeys, int sightings) {
        public SortedSet<Integer> warned() {
            return new TreeSet<>(risk.keySet());
        }
    }

    public Outcome run() {
        SplittableRandom movement = new SplittableRandom(seed);
        SecureRandom keys = new SecureRandom();
        List<OwnKeys> ownKeys = new ArrayList<>();
        List<List<Sighting>> heard = new ArrayList<>();
        for (int p = 0; p < phones; p++) {
            ownKeys.add(OwnKeys.generate(keys, day, 1));
            heard.add(new ArrayList<>());
        }
        SortedSet<Integer> metCase = new TreeSet<>();
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        int sightings = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            Instant slotStart = dayStart.plus(Duration.ofHours(FIRST_HOUR)).plus(SLOT.multipliedBy(slot));
            Map<Integer, List<Integer>> byVenue = new HashMap<>();
            for (int p = 0; p < phones; p++) {
                int place = movement.nextInt(2 * venues); // half the time at home, alone
                if (place < venues) {
                    byVenue.computeIfAbsent(place, v -> new ArrayList<>()).add(p);
                }
            }
            for (List<Integer> present : byVenue.values()) {
                if (present.contains(CASE)) {
                    present.stream().filter(p -> p != CASE).forEach(metCase::add);
                }
                sightings += exchange(present, slotStart, ownKeys, heard, movement);
            }
        }

        Instant evening = dayStart.plus(Duration.ofHours(21));
        KeyPair serverKey = newSigningKey();
        SignatureInfo info = SignatureInfo.ecdsaP256("452", "v1");
        KeyExportWriter writer = new KeyExportWriter(new ExportSigner(info, serverKey.getPrivate()),
                Clock.fixed(evening.plus(Duration.ofHours(4)), ZoneOffset.UTC));
        var diagnosisKeys = ownKeys.get(CASE).diagnosisKeys(evening, ReportType.CONFIRMED_TEST, 0, 0);
        byte[] download = writer.write(new KeyExport(dayStart, dayStart.plus(Duration.ofDays(1)), "VN-HN", 1, 1,
                List.of(info), diagnosisKeys, List.of()));

        KeyExportReader reader = new KeyExportReader(new VerificationKey("452", "v1", serverKey.getPublic()));
        ExposureMatcher matcher = new ExposureMatcher(MatchingOptions.defaults(), RiskConfiguration.cwaDefault());
        Map<Integer, RiskLevel> risk = new HashMap<>();
        for (int p = 0; p < phones; p++) {
            if (p == CASE) {
                continue;
            }
            ExposureCheck check = matcher.check(List.of(reader.read(download)), Sightings.of(heard.get(p)));
            if (check.risk().anyRisk()) {
                risk.put(p, check.risk().totalRiskLevel());
            }
        }
        return new Outcome(metCase, risk, diagnosisKeys.size(), sightings);
    }

    /** Everyone at the venue hears everyone else at each 5-minute scan of the slot. */
    private static int exchange(List<Integer> present, Instant slotStart, List<OwnKeys> ownKeys, List<List<Sighting>> heard,
            SplittableRandom random) {
        int count = 0;
        for (Instant scan = slotStart; scan.isBefore(slotStart.plus(SLOT)); scan = scan.plus(SCAN_INTERVAL)) {
            Map<Integer, Advertisement> broadcast = new HashMap<>();
            for (int p : present) {
                broadcast.put(p, ownKeys.get(p).advertisementAt(scan, TX_POWER_DBM));
            }
            for (int listener : present) {
                for (int speaker : present) {
                    if (listener != speaker) {
                        double metres = 0.5 + 1.5 * random.nextDouble();
                        int attenuation = (int) Math.round(50 + 20 * Math.log10(metres));
                        Instant at = scan.plusSeconds(random.nextInt(4));
                        heard.get(listener).add(new Sighting(broadcast.get(speaker), at, TX_POWER_DBM - attenuation));
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static KeyPair newSigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
