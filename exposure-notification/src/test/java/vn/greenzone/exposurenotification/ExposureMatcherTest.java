package vn.greenzone.exposurenotification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.exposurenotification.TestExports.DAY;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phone (Bob) that met a person later diagnosed (Alice) and someone who was not (Carol). */
class ExposureMatcherTest {

    private static final Instant TEN_AM = DAY.plus(Duration.ofHours(10));
    private final SecureRandom random = new SecureRandom();
    private final OwnKeys alice = OwnKeys.generate(random, LocalDate.of(2026, 2, 28), 3);
    private final OwnKeys carol = OwnKeys.generate(random, LocalDate.of(2026, 2, 28), 3);
    private final ExposureMatcher matcher = new ExposureMatcher(MatchingOptions.defaults(), RiskConfiguration.cwaDefault());
    private final List<TemporaryExposureKey> aliceDiagnosis =
            alice.diagnosisKeys(DAY.plus(Duration.ofHours(20)), ReportType.CONFIRMED_TEST, 0, 0);

    /** Bob hears Alice every 5 minutes from 10:00 to 10:45 at −50 dBm; Alice announces +8 dBm. */
    private List<Sighting> bobMeetsAlice() {
        List<Sighting> sightings = new ArrayList<>();
        for (int minute = 0; minute < 50; minute += 5) {
            Instant t = TEN_AM.plus(Duration.ofMinutes(minute));
            sightings.add(new Sighting(alice.advertisementAt(t, 8), t, -50));
            sightings.add(new Sighting(carol.advertisementAt(t, 8), t, -40));
        }
        return sightings;
    }

    @Test
    void matchesTheDiagnosedPhonesSightingsAndReadsItsTxPower() {
        List<Match> matches = matcher.match(aliceDiagnosis, Sightings.of(bobMeetsAlice()));
        assertThat(matches).hasSize(10);
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.txPowerDbm()).isEqualTo(8);
            assertThat(m.attenuationDb()).isEqualTo(58);
            assertThat(m.interval()).isEqualTo(EnIntervals.intervalOf(m.sighting().seenAt()));
        });
    }

    @Test
    void acceptsSightingsWithinTwoHoursOfTheIntervalAndRejectsReplays() {
        Advertisement at9 = alice.advertisementAt(DAY.plus(Duration.ofHours(9)), 8);
        Instant endOfInterval = DAY.plus(Duration.ofMinutes(9 * 60 + 10));
        List<Sighting> sightings = List.of(
                new Sighting(at9, endOfInterval.plus(Duration.ofHours(2)).minusSeconds(1), -60),  // clock skew: accepted
                new Sighting(at9, DAY.plus(Duration.ofHours(7)), -60),                           // exactly −2 h: accepted
                new Sighting(at9, endOfInterval.plus(Duration.ofHours(2)), -60),                 // replayed later: rejected
                new Sighting(at9, DAY.plus(Duration.ofHours(7)).minusSeconds(1), -60),           // "pre-played": rejected
                new Sighting(at9, DAY.plus(Duration.ofDays(1)), -60));                           // next day: rejected
        List<Match> matches = matcher.match(aliceDiagnosis, Sightings.of(sightings));
        assertThat(matches).extracting(Match::sighting).containsExactlyInAnyOrder(sightings.get(0), sightings.get(1));
    }

    @Test
    void groupsMatchesIntoWindowsOfAtMostThirtyMinutes() {
        List<ExposureWindow> windows = matcher.windows(matcher.match(aliceDiagnosis, Sightings.of(bobMeetsAlice())));
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0).scanInstances()).hasSize(6).allSatisfy(s -> assertThat(s).isEqualTo(new ScanInstance(58, 58, 300)));
        assertThat(windows.get(1).scanInstances()).hasSize(4);
        assertThat(windows).allSatisfy(w -> {
            assertThat(w.date()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(w.reportType()).isEqualTo(ReportType.CONFIRMED_TEST);
            assertThat(w.infectiousness()).isEqualTo(Infectiousness.HIGH);
        });
    }

    @Test
    void sightingsInOneScanBecomeOneScanInstanceAndGapsCountAtMostOneScanInterval() {
        List<Sighting> sightings = List.of(
                new Sighting(alice.advertisementAt(TEN_AM, 8), TEN_AM, -50),
                new Sighting(alice.advertisementAt(TEN_AM, 8), TEN_AM.plusSeconds(20), -60),
                new Sighting(alice.advertisementAt(TEN_AM.plusSeconds(900), 8), TEN_AM.plusSeconds(900), -55));
        List<ExposureWindow> windows = matcher.windows(matcher.match(aliceDiagnosis, Sightings.of(sightings)));
        assertThat(windows).singleElement().extracting(ExposureWindow::scanInstances)
                .isEqualTo(List.of(new ScanInstance(58, 63, 300), new ScanInstance(63, 63, 300)));
    }

    @Test
    void aDownloadedExportRaisesHighRiskForBobAndNoneForSomeoneWhoNeverMetAlice() {
        KeyExportWriter writer = new KeyExportWriter(TestExports.SIGNER, TestExports.CLOCK);
        byte[] zip = writer.write(TestExports.export(aliceDiagnosis, List.of()));
        KeyExport export = TestExports.reader().read(zip);

        ExposureCheck bob = matcher.check(List.of(export), Sightings.of(bobMeetsAlice()));
        assertThat(bob.windows()).hasSize(2);
        assertThat(bob.risk().totalRiskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(bob.risk().mostRecentDateWith(RiskLevel.HIGH)).contains(LocalDate.of(2026, 3, 2));

        List<Sighting> onlyCarol = bobMeetsAlice().stream().filter(s -> s.rssiDbm() == -40).toList();
        ExposureCheck dave = matcher.check(List.of(export), Sightings.of(onlyCarol));
        assertThat(dave.matches()).isEmpty();
        assertThat(dave.risk().anyRisk()).isFalse();
    }

    @Test
    void revokedKeysAreNotMatched() {
        List<TemporaryExposureKey> revoked = aliceDiagnosis.stream().map(k -> k.withDiagnosis(ReportType.REVOKED, 0, null)).toList();
        KeyExport original = new KeyExport(DAY, DAY.plusSeconds(86_400), "VN", 1, 1, List.of(TestExports.INFO), aliceDiagnosis, List.of());
        KeyExport revision = new KeyExport(DAY.plusSeconds(86_400), DAY.plusSeconds(2 * 86_400), "VN", 1, 1, List.of(TestExports.INFO), List.of(), revoked);
        assertThat(matcher.check(List.of(original), Sightings.of(bobMeetsAlice())).matches()).isNotEmpty();
        assertThat(matcher.check(List.of(original, revision), Sightings.of(bobMeetsAlice())).matches()).isEmpty();
    }

    @Test
    void keysFarFromSymptomOnsetAreNotInfectious() {
        List<TemporaryExposureKey> late = aliceDiagnosis.stream().map(k -> k.withDiagnosis(ReportType.CONFIRMED_TEST, 0, 20)).toList();
        List<Match> matches = matcher.match(late, Sightings.of(bobMeetsAlice()));
        assertThat(matches).isNotEmpty();
        assertThat(matcher.windows(matches)).isEmpty();
        assertThat(MatchingOptions.defaults().infectiousness(null)).isEqualTo(Infectiousness.STANDARD);
        assertThat(MatchingOptions.defaults().infectiousness(-9)).isEqualTo(Infectiousness.STANDARD);
    }

    @Test
    void aPhoneUploadsOnlyItsLastFourteenDaysOfKeys() {
        OwnKeys longHistory = OwnKeys.generate(random, LocalDate.of(2026, 2, 1), 30);
        List<TemporaryExposureKey> upload = longHistory.diagnosisKeys(DAY.plus(Duration.ofHours(12)), ReportType.CONFIRMED_TEST, 0, null);
        assertThat(upload).hasSize(14).allSatisfy(k -> {
            assertThat(k.reportType()).isEqualTo(ReportType.CONFIRMED_TEST);
            assertThat(k.rollingStartIntervalNumber() % 144).isZero();
        });
        assertThat(upload.getLast().covers(EnIntervals.intervalOf(DAY.plus(Duration.ofHours(12))))).isTrue();
    }
}
