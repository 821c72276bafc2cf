package vn.greenzone.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.internal.CheckinJobs;
import vn.greenzone.identity.Role;
import vn.greenzone.tracing.TracingGroundTruth.Who;
import vn.greenzone.venue.VenueCategory;

/**
 * Issue 8: contact tracing against a crowd whose truth is known. Everything is made through the public
 * API as real clients make it (venues, reader devices, printed and on-screen personal QR codes, dependants,
 * self scans, staff scans, typed entries, check-outs); past arrivals come from reader devices, which may
 * send scans up to a day old with their own time. The database is only read, to check that the crowd is
 * what the test meant. The expected F1 and F2 follow from the documented rule, worked out by
 * {@link TracingGroundTruth} over the planted visits and, for the sets, also written down by hand here.
 *
 * <p>Times are minutes before {@code T} (the last whole minute, one minute ago) unless they are "now" (a
 * self scan, staff scan, typed entry or check-out during the test) or around {@code M}, the last UTC
 * midnight, where the day partitions of the check-in table meet. The crowd, venue by venue (F0 the case,
 * D0 the F0's own child):
 *
 * <pre>
 * VA restaurant (2 h)  F0 T-10h..T-8h (closed by the overstay job: inferred)
 *                      A15 arrives T-8h15 (overlap exactly 15: F1)   A14 arrives T-8h14 (14: not)
 *                      B15 leaves T-9h45 (15: F1)                    B14 leaves T-9h46 (14: not)
 *                      AIR30 arrives T-7h30 (30 min after F0 left: airborne F1)   AIR31 T-7h29 (not)
 *                      P2 checked in twice, T-9h50 and T-8h58 (one F1, two paths)
 *                      P1 T-11h..T-9h (F1 from T-10h; confirmed; the part before T-10h does not count for F2)
 *                      R T-12h30..T-10h30 (met P1 only before P1's exposure: never a contact)
 *                      FX, another app's code with a phone no account has (unregistered F1; confirmed)
 *                      G2 with child GC2 (both F1)
 * VK bar (3 h)         F0 T-16h..T-13h; W (F1, rejected), U (F1, left a candidate)
 * VC shopping (2 h)    F0 T-7h..T-5h;   P3 (F1, confirmed), FY another app's code with an ID number only
 * VD restaurant        F0 and D0 together T-5h..T-3h: D0, whose guardian is the F0, is an F1
 * VS school (8 h)      D0 alone T-17h..T-9h (a visit of the F0's dependant is the F0's): K (F1), KAIR airborne
 * VT market (1 h)      another app's code carrying F0's phone T-14h: T1 (F1)
 * VM shop              F0 typed by staff now with F0's ID number and another phone: one of the F0's visits
 * VE office (9 h)      F0 T-3h..now, closed by the F0's next check-in at VG; E1 T-1h..now, closed by E1's next
 *                      check-in at VH (F1); G with child GC check in by phone after the F0 left (airborne F1s)
 * VF office            F0 T-2h..now, checked out; F1X T-1h30 (F1); SB scanned by staff seconds before the F0
 *                      left (not); after: FX typed by staff (same phone: the same contact), SA scanned (airborne)
 * VG shop (30 min)     F0 self scan now, checked out at once; AG self scan after (airborne F1)
 * VB shop (30 min)     F0 across midnight M: BB2 arrives before M (F1), BB1 after M, in the next partition (F1)
 * VX, VY, VW, VU, VV markets (1 h): the F1s' later and earlier visits, where the F2 are or are not:
 *     VX P1 T-6h..T-5h: Q1 (F2), Q15 (exactly 15: F2), Q14 (not), Q30 (airborne F2), Q31 (not), Z (F2)
 *     VY P1 T-13h..T-12h, before P1's exposure: R1 (not)      VW P3 T-4h..T-3h: Z again (one F2, two paths)
 *     VU U (candidate): N (not)                                VV W (rejected): N2 (not)
 * </pre>
 *
 * The tracer confirms P1, P2 (two visits, both sources from P2's first exposure), P3, AIR30, FX and E1 (whose
 * visit at VE ended with E1's next check-in) and rejects W. Confirming AIR30 (exposed from its own arrival
 * T-7h30) also makes A14 and AIR31 F2 at VA; confirming FX, known by phone, makes both FX's visits sources,
 * and SB, at VF with FX typed in (its default stay, 9 h, runs into the future), an F2.
 */
class TracingGroundTruthTest extends IntegrationTest {

    /** Phường Tân Phú, Thành phố Đồng Xoài (689), Tỉnh Bình Phước (70). */
    private static final String COMMUNE = "25195";
    private static final String PROVINCE = "70";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    CheckinJobs overstays;

    private final TracingGroundTruth truth = new TracingGroundTruth();
    /** How each planted visit was recorded: DEVICE, SELF, STAFF or MANUAL. */
    private final Map<Long, String> methods = new HashMap<>();

    /** Someone registered, with a profile (so they have a personal QR). {@code phone} as typed: 09… */
    private record Citizen(String label, TestHttp.Token auth, String phone, String idNumber) {

        long id() {
            return auth.personId();
        }

        String token() {
            return auth.token();
        }

        String international() {
            return TestHttp.international(phone);
        }

        Who who() {
            return Who.person(label, id(), international(), idNumber);
        }

        String key() {
            return who().key();
        }
    }

    /** A venue with a reader device at its door. */
    private record Place(String label, long id, String poster, TestHttp.Token owner, String deviceKey, Duration stay) {
    }

    /** One scan of a reader device: whose code, and when. */
    private record Scan(Who who, String qr, Instant at) {
    }

    /** A check-in answered by the server: the visit and its arrival, and the visits of dependants brought along. */
    private record Arrived(long visitId, Instant at, List<Long> dependantVisits) {
    }

    @Test
    void theContactsOfACaseAreExactlyThoseTheRuleFindsInAKnownCrowd() throws InterruptedException {
        // ------------------------------------------------------------ who
        Citizen f0 = citizen("F0", "Nguyễn Văn Nguồn");
        long d0 = dependant(f0, "Nguyễn Thị Bé Nguồn");
        Who d0Who = Who.dependant("D0 (the F0's own child)", d0);
        Citizen a15 = citizen("A15", "Trần Văn Mười Lăm");
        Citizen a14 = citizen("A14", "Trần Văn Mười Bốn");
        Citizen b15 = citizen("B15", "Lê Văn Mười Lăm");
        Citizen b14 = citizen("B14", "Lê Văn Mười Bốn");
        Citizen air30 = citizen("AIR30", "Phạm Văn Ba Mươi");
        Citizen air31 = citizen("AIR31", "Phạm Văn Ba Mốt");
        Citizen p1 = citizen("P1", "Hoàng Văn Một");
        Citizen p2 = citizen("P2 (checked in twice)", "Hoàng Văn Hai");
        Citizen p3 = citizen("P3", "Hoàng Văn Ba");
        Citizen r = citizen("R", "Vũ Văn Trước");
        Citizen g2 = citizen("G2", "Đặng Văn Giám Hộ");
        long gc2 = dependant(g2, "Đặng Bé Hai");
        Who gc2Who = Who.dependant("GC2 (G2's child)", gc2);
        Citizen w = citizen("W (rejected)", "Bùi Văn Loại");
        Citizen u = citizen("U (left a candidate)", "Bùi Văn Chờ");
        Citizen k = citizen("K", "Đỗ Văn Học");
        Citizen kAir = citizen("KAIR", "Đỗ Văn Sau");
        Citizen t1 = citizen("T1", "Ngô Văn Chợ");
        Citizen e1 = citizen("E1", "Dương Văn Văn Phòng");
        Citizen f1x = citizen("F1X", "Lý Văn Làm");
        Citizen sa = citizen("SA", "Lý Văn Sau");
        Citizen sb = citizen("SB", "Lý Văn Trước");
        Citizen ag = citizen("AG", "Mai Văn Cửa Hàng");
        Citizen g = citizen("G", "Đinh Văn Bố");
        long gc = dependant(g, "Đinh Bé Con");
        Who gcWho = Who.dependant("GC (G's child)", gc);
        Citizen bb1 = citizen("BB1 (after midnight)", "Tô Văn Sau Nửa Đêm");
        Citizen bb2 = citizen("BB2 (before midnight)", "Tô Văn Trước Nửa Đêm");
        Citizen q1 = citizen("Q1", "Chu Văn Một");
        Citizen q15 = citizen("Q15", "Chu Văn Mười Lăm");
        Citizen q14 = citizen("Q14", "Chu Văn Mười Bốn");
        Citizen q30 = citizen("Q30", "Chu Văn Ba Mươi");
        Citizen q31 = citizen("Q31", "Chu Văn Ba Mốt");
        Citizen z = citizen("Z (through P1 and P3)", "Cao Văn Hai Đường");
        Citizen r1 = citizen("R1", "Cao Văn Sớm");
        Citizen n = citizen("N (through a candidate)", "Tạ Văn Chờ");
        Citizen n2 = citizen("N2 (through a rejected)", "Tạ Văn Loại");
        String fxPhone = TestHttp.randomPhone();
        String fxId = randomIdNumber();
        Who fxByCode = Who.unregistered("FX (another app's code)", TestHttp.international(fxPhone), fxId, "TRAN VAN KHACH");
        Who fxTyped = Who.unregistered("FX (typed by staff)", TestHttp.international(fxPhone), null, "Trần Văn Khách");
        String fyId = randomIdNumber();
        Who fy = Who.unregistered("FY (another app's code, ID only)", null, fyId, "LE THI Y");
        String f0OtherId = randomIdNumber();
        String f0TypedPhone = TestHttp.randomPhone();
        Who f0TypedById = Who.unregistered("F0 (typed by staff with F0's ID number, another phone)",
                TestHttp.international(f0TypedPhone), f0.idNumber(), "Nguyễn Văn Nguồn");
        Who f0ByCode = Who.unregistered("F0 (another app's code with F0's phone)", f0.international(), f0OtherId,
                "NGUYEN VAN NGUON");

        Map<Citizen, String> printed = new LinkedHashMap<>();
        for (Citizen citizen : List.of(f0, a15, a14, b15, b14, air30, air31, p1, p2, p3, r, g2, w, u, k, kAir, t1, e1,
                f1x, bb1, bb2, q1, q15, q14, q30, q31, z, r1, n, n2)) {
            printed.put(citizen, printed(citizen, null));
        }
        String d0Printed = printed(f0, d0);
        String gc2Printed = printed(g2, gc2);

        // ------------------------------------------------------------ where
        Place vA = place("VA", VenueCategory.RESTAURANT);
        Place vK = place("VK", VenueCategory.BAR);
        Place vC = place("VC", VenueCategory.SHOPPING_CENTRE);
        Place vD = place("VD", VenueCategory.RESTAURANT);
        Place vS = place("VS", VenueCategory.SCHOOL);
        Place vT = place("VT", VenueCategory.MARKET);
        Place vE = place("VE", VenueCategory.OFFICE);
        Place vF = place("VF", VenueCategory.OFFICE);
        Place vG = place("VG", VenueCategory.ESSENTIAL_SHOP);
        Place vH = place("VH", VenueCategory.RESTAURANT);
        Place vB = place("VB", VenueCategory.ESSENTIAL_SHOP);
        Place vX = place("VX", VenueCategory.MARKET);
        Place vY = place("VY", VenueCategory.MARKET);
        Place vW = place("VW", VenueCategory.MARKET);
        Place vU = place("VU", VenueCategory.MARKET);
        Place vV = place("VV", VenueCategory.MARKET);
        Place vM = place("VM", VenueCategory.ESSENTIAL_SHOP);
        List<Place> places = List.of(vA, vK, vC, vD, vS, vT, vE, vF, vG, vH, vB, vX, vY, vW, vU, vV, vM);

        // ------------------------------------------------------------ when
        // Devices take scans at most 24 h old, so the midnight scenes need the last UTC midnight M to be
        // between a few minutes and 23 h 53 min ago; in the last 7 minutes of a UTC day, wait for the next.
        Instant now0 = Instant.now();
        Instant midnight = now0.truncatedTo(ChronoUnit.DAYS);
        if (Duration.between(midnight, now0).compareTo(Duration.ofHours(23).plusMinutes(53)) > 0) {
            Thread.sleep(Duration.between(Instant.now(), midnight.plus(Duration.ofDays(1)).plusSeconds(5)));
            now0 = Instant.now();
            midnight = now0.truncatedTo(ChronoUnit.DAYS);
        }
        Duration sinceMidnight = Duration.between(midnight, now0);
        // Just after midnight BB1 checks in by phone (now, after M) instead of by a device scan at M+2.
        boolean justAfterMidnight = sinceMidnight.compareTo(Duration.ofMinutes(4)) < 0;
        Duration beforeMidnight = justAfterMidnight ? Duration.ofMinutes(2)
                : min(Duration.ofMinutes(12), Duration.ofHours(23).plusMinutes(55).minus(sinceMidnight));
        Instant t = now0.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));

        // ------------------------------------------------------------ the visits that end "now", in order
        // (a) F0 and E1 at the office VE, by its reader device.
        List<Long> atE = device(vE, new Scan(f0.who(), printed.get(f0), t.minus(hours(3))),
                new Scan(e1.who(), printed.get(e1), t.minus(hours(1))));
        long f0AtE = atE.get(0);
        long e1AtE = atE.get(1);
        // (b) E1 checks in at VH by phone: E1's visit at VE ends now (departure = the next check-in).
        Arrived e1AtH = selfCheckIn(vH, e1, Map.of());
        truth.depart(e1AtE, e1AtH.at(), "NEXT_CHECKIN");
        // (c) F0 checks in at VG by phone: F0's visit at VE ends now, later than E1's.
        Arrived f0AtG = selfCheckIn(vG, f0, Map.of());
        truth.depart(f0AtE, f0AtG.at(), "NEXT_CHECKIN");
        // (d) and checks out of VG at once.
        checkOut(f0, f0AtG.visitId());
        // (e) F0 and F1X at the office VF by its device; SB scanned by staff while F0 is still there; F0 checks out.
        List<Long> atF = device(vF, new Scan(f0.who(), printed.get(f0), t.minus(hours(2))),
                new Scan(f1x.who(), printed.get(f1x), t.minus(minutes(90))));
        long f0AtF = atF.get(0);
        staffScan(vF, sb.who(), screenQr(sb));
        checkOut(f0, f0AtF);

        // ------------------------------------------------------------ (f) the past, by reader devices
        // Only after the check-ins by phone of (b) and (c): a check-in closes every open visit of the visitor
        // elsewhere, even one whose default stay has run out (see aVisitWhoseStayHadRunOutIsNot…), so the past
        // visits come now and the overstay job (g) closes them before anyone of them checks in again.
        String fxCode = foreignCode(fxId, "TRAN VAN KHACH", fxPhone);
        device(vA, new Scan(f0.who(), printed.get(f0), t.minus(hours(10))),
                new Scan(a15.who(), printed.get(a15), t.minus(hours(8)).minus(minutes(15))),
                new Scan(a14.who(), printed.get(a14), t.minus(hours(8)).minus(minutes(14))),
                new Scan(b15.who(), printed.get(b15), t.minus(hours(11)).minus(minutes(45))),
                new Scan(b14.who(), printed.get(b14), t.minus(hours(11)).minus(minutes(46))),
                new Scan(air30.who(), printed.get(air30), t.minus(hours(7)).minus(minutes(30))),
                new Scan(air31.who(), printed.get(air31), t.minus(hours(7)).minus(minutes(29))),
                new Scan(p2.who(), printed.get(p2), t.minus(hours(9)).minus(minutes(50))),
                new Scan(p2.who(), printed.get(p2), t.minus(hours(8)).minus(minutes(58))),
                new Scan(p1.who(), printed.get(p1), t.minus(hours(11))),
                new Scan(r.who(), printed.get(r), t.minus(hours(12)).minus(minutes(30))),
                new Scan(fxByCode, fxCode, t.minus(hours(9)).minus(minutes(20))),
                new Scan(g2.who(), printed.get(g2), t.minus(hours(9)).minus(minutes(10))),
                new Scan(gc2Who, gc2Printed, t.minus(hours(9)).minus(minutes(10))));
        device(vK, new Scan(f0.who(), printed.get(f0), t.minus(hours(16))),
                new Scan(w.who(), printed.get(w), t.minus(hours(15))),
                new Scan(u.who(), printed.get(u), t.minus(hours(14))));
        device(vC, new Scan(f0.who(), printed.get(f0), t.minus(hours(7))),
                new Scan(p3.who(), printed.get(p3), t.minus(hours(6)).minus(minutes(30))),
                new Scan(fy, foreignCode(fyId, "LE THI Y", null), t.minus(hours(6))));
        device(vD, new Scan(f0.who(), printed.get(f0), t.minus(hours(5))),
                new Scan(d0Who, d0Printed, t.minus(hours(5))));
        device(vS, new Scan(d0Who, d0Printed, t.minus(hours(17))),
                new Scan(k.who(), printed.get(k), t.minus(hours(16))),
                new Scan(kAir.who(), printed.get(kAir), t.minus(hours(8)).minus(minutes(40))));
        device(vT, new Scan(f0ByCode, foreignCode(f0OtherId, "NGUYEN VAN NGUON", f0.phone()), t.minus(hours(14))),
                new Scan(t1.who(), printed.get(t1), t.minus(hours(13)).minus(minutes(40))));
        List<Scan> atMidnight = new ArrayList<>(List.of(
                new Scan(bb2.who(), printed.get(bb2), midnight.minus(beforeMidnight)),
                new Scan(f0.who(), printed.get(f0), midnight.minus(beforeMidnight).plus(minutes(1)))));
        if (!justAfterMidnight) {
            atMidnight.add(new Scan(bb1.who(), printed.get(bb1), midnight.plus(minutes(2))));
        }
        List<Long> atB = device(vB, atMidnight.toArray(Scan[]::new));
        long f0AtB = atB.get(1);
        device(vX, new Scan(p1.who(), printed.get(p1), t.minus(hours(6))),
                new Scan(q1.who(), printed.get(q1), t.minus(hours(5)).minus(minutes(45))),
                new Scan(q15.who(), printed.get(q15), t.minus(hours(5)).minus(minutes(15))),
                new Scan(q14.who(), printed.get(q14), t.minus(hours(5)).minus(minutes(14))),
                new Scan(q30.who(), printed.get(q30), t.minus(hours(4)).minus(minutes(30))),
                new Scan(q31.who(), printed.get(q31), t.minus(hours(4)).minus(minutes(29))),
                new Scan(z.who(), printed.get(z), t.minus(hours(5)).minus(minutes(50))));
        device(vY, new Scan(p1.who(), printed.get(p1), t.minus(hours(13))),
                new Scan(r1.who(), printed.get(r1), t.minus(hours(12)).minus(minutes(50))));
        device(vW, new Scan(p3.who(), printed.get(p3), t.minus(hours(4))),
                new Scan(z.who(), printed.get(z), t.minus(hours(3)).minus(minutes(50))));
        device(vU, new Scan(u.who(), printed.get(u), t.minus(hours(6))),
                new Scan(n.who(), printed.get(n), t.minus(hours(5)).minus(minutes(50))));
        device(vV, new Scan(w.who(), printed.get(w), t.minus(hours(4))),
                new Scan(n2.who(), printed.get(n2), t.minus(hours(3)).minus(minutes(50))));

        // ------------------------------------------------------------ (g) the overstay job closes the past visits
        overstays.closeOverstays();

        // ------------------------------------------------------------ (h) now, after the F0 left VE, VF and VG
        manualEntry(vF, fxTyped, "Trần Văn Khách", fxPhone, null);
        manualEntry(vM, f0TypedById, "Nguyễn Văn Nguồn", f0TypedPhone, f0.idNumber());
        staffScan(vF, sa.who(), screenQr(sa));
        selfCheckIn(vG, ag, Map.of());
        selfCheckIn(vE, g, Map.of(gc, gcWho));
        if (justAfterMidnight) {
            selfCheckIn(vB, bb1, Map.of());
        }
        assertThat(Duration.between(f0AtG.at(), Instant.now()))
                .as("the airborne arrivals of (h) must come within 30 min of the F0's departures of (c) to (e)")
                .isLessThan(Duration.ofMinutes(20));

        // ------------------------------------------------------------ the crowd is what the test meant
        TracingGroundTruth.Visit f0Midnight = truth.visit(f0AtB);
        assertThat(f0Midnight.arrival()).as("F0's visit at VB straddles midnight").isBefore(midnight);
        assertThat(f0Midnight.departure()).as("F0's visit at VB straddles midnight").isAfter(midnight);
        TracingGroundTruth.Visit bb1Midnight = truth.visits().stream()
                .filter(v -> v.venueId() == vB.id() && v.who().key().equals(bb1.key())).findFirst().orElseThrow();
        TracingGroundTruth.Visit bb2Midnight = truth.visits().stream()
                .filter(v -> v.venueId() == vB.id() && v.who().key().equals(bb2.key())).findFirst().orElseThrow();
        assertThat(sameUtcDay(bb1Midnight.arrival(), bb2Midnight.arrival()))
                .as("BB2 arrives before midnight and BB1 after: two day partitions").isFalse();
        assertThat(sameUtcDay(f0Midnight.arrival(), bb1Midnight.arrival())).isFalse();
        assertStoredVisitsAreTheTruth(places);

        // ------------------------------------------------------------ the truth
        LocalDate today = LocalDate.now(VIETNAM);
        Instant windowStart = today.minusDays(2).atStartOfDay(VIETNAM).toInstant();
        Instant windowEnd = today.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        Map<String, TracingGroundTruth.Contact> f1 = truth.contacts(f0.who(), Set.of(d0), windowStart, windowEnd,
                Set.of(), 1);
        Set<String> f1ByHand = keys(a15, b15, air30, p2, p1, g2, w, u, p3, k, kAir, t1, e1, g, f1x, sa, ag, bb1, bb2);
        f1ByHand.addAll(List.of(fxByCode.key(), gc2Who.key(), fy.key(), d0Who.key(), gcWho.key()));
        assertThat(labels(f1.keySet())).as("the rule's F1, worked out by the test, is the F1 worked out by hand")
                .containsExactlyInAnyOrderElementsOf(labels(f1ByHand));
        assertThat(labels(f1.values().stream().filter(TracingGroundTruth.Contact::airborneOnly).map(c -> c.key()).toList()))
                .as("airborne only, by hand").containsExactlyInAnyOrderElementsOf(
                        labels(List.of(air30.key(), kAir.key(), g.key(), gcWho.key(), sa.key(), ag.key())));

        Map<String, TracingGroundTruth.Contact> f2 = truth.contacts(f0.who(), Set.of(d0), windowStart, windowEnd,
                Set.of(p1.key(), p2.key(), p3.key(), air30.key(), fxByCode.key(), e1.key()), 2);
        Set<String> secondByHand = keys(q1, q15, q30, z, a14, air31, sb);
        assertThat(labels(f2.values().stream().filter(c -> c.generation == 2).map(c -> c.key()).toList()))
                .as("the rule's F2, worked out by the test, is the F2 worked out by hand")
                .containsExactlyInAnyOrderElementsOf(labels(secondByHand));
        assertThat(labels(f2.values().stream().filter(c -> c.generation == 1).map(c -> c.key()).toList()))
                .containsExactlyInAnyOrderElementsOf(labels(f1ByHand));
        assertThat(f2.get(z.key()).paths).as("Z through P1 and P3, by hand").extracting(TracingGroundTruth.Path::fromKey)
                .containsExactlyInAnyOrder(p1.key(), p3.key());
        assertThat(f1.get(p2.key()).paths).as("P2's two visits, by hand").hasSize(2);

        // ------------------------------------------------------------ the case
        Citizen tracer = citizen("tracer", "Lê Thị Truy Vết");
        http().grant(tracer.id(), Role.CONTACT_TRACER, PROVINCE);
        var body = new HashMap<String, Object>();
        body.put("personId", f0.id());
        body.put("unitCode", COMMUNE);
        body.put("sampleDate", today.toString());
        body.put("isolationDate", today.toString());
        body.put("source", "RT-PCR, CDC Bình Phước");
        TestHttp.Response created = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode theCase = created.json();
        long caseId = theCase.path("id").asLong();
        assertThat(instant(theCase.path("windowStart"))).as("asymptomatic: sample date − 2 days at 00:00 in Việt Nam")
                .isEqualTo(windowStart);
        assertThat(instant(theCase.path("windowEnd"))).as("to the end of the isolation day in Việt Nam")
                .isEqualTo(windowEnd);

        // ------------------------------------------------------------ the F0's visits
        assertCaseVisits(tracer, caseId, f0, Set.of(d0));

        // ------------------------------------------------------------ F1
        JsonNode depth1 = contacts(tracer, caseId, 1);
        assertThat(depth1.path("depth").asInt()).isEqualTo(1);
        Map<String, JsonNode> listed1 = byKey(depth1.path("contacts"));
        assertThat(labels(listed1.keySet())).as("F1 listed (by person, dependant, or typed phone / ID number)")
                .containsExactlyInAnyOrderElementsOf(labels(f1ByHand));
        assertThat(overlapMinutes(listed1, a15)).as("A15 overlapped exactly 15 minutes").isEqualTo(15);
        assertThat(overlapMinutes(listed1, b15)).as("B15 overlapped exactly 15 minutes").isEqualTo(15);
        assertThat(listed1.get(air30.key()).path("airborneOnly").asBoolean()).as("AIR30 is airborne").isTrue();
        assertThat(listed1.get(p2.key()).path("paths")).as("P2 checked in twice: one contact, two paths").hasSize(2);
        assertThat(listed1.get(fxByCode.key()).path("paths")).as("FX's code and FX typed by staff: one contact")
                .hasSize(2);
        assertThat(listed1.get(d0Who.key()).path("paths").get(0).path("sourceVisitId").asLong())
                .as("D0 met the F0's own visit at VD").isEqualTo(truth.visits().stream()
                        .filter(v -> v.venueId() == vD.id() && v.who().key().equals(f0.key())).findFirst().orElseThrow().id());
        assertSameContacts("depth 1, before any decision", depth1, f1, Map.of());

        // ------------------------------------------------------------ decisions
        Map<String, Long> ids = contactIds(depth1.path("contacts"));
        TestHttp.Response confirmed = http().post("/api/v1/cases/" + caseId + "/contacts/decisions").bearer(tracer.token())
                .json(Map.of("contactIds", List.of(ids.get(p1.key()), ids.get(p2.key()), ids.get(p3.key()),
                        ids.get(air30.key()), ids.get(fxByCode.key()), ids.get(e1.key())), "decision", "CONFIRMED"))
                .send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("changed").asInt()).as(confirmed.toString()).isEqualTo(6);
        TestHttp.Response rejected = http().post("/api/v1/cases/" + caseId + "/contacts/" + ids.get(w.key()) + "/decision")
                .bearer(tracer.token()).json(Map.of("decision", "REJECTED")).send();
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().path("decision").asString()).isEqualTo("REJECTED");
        Map<String, String> decisions = Map.of(p1.key(), "CONFIRMED", p2.key(), "CONFIRMED", p3.key(), "CONFIRMED",
                air30.key(), "CONFIRMED", fxByCode.key(), "CONFIRMED", e1.key(), "CONFIRMED", w.key(), "REJECTED");

        // ------------------------------------------------------------ F2
        JsonNode depth2 = contacts(tracer, caseId, 2);
        Map<String, JsonNode> listed2 = byKey(depth2.path("contacts"));
        Set<String> secondListed = listed2.entrySet().stream().filter(e -> e.getValue().path("generation").asInt() == 2)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(labels(secondListed))
                .as("F2 listed: only through confirmed F1s (not through U, a candidate, nor W, rejected)")
                .containsExactlyInAnyOrderElementsOf(labels(secondByHand));
        assertThat(labels(listed2.keySet())).as("no one else")
                .containsExactlyInAnyOrderElementsOf(labels(union(f1ByHand, secondByHand)));
        JsonNode zPaths = listed2.get(z.key()).path("paths");
        assertThat(zPaths).as("Z, met by P1 and by P3: one contact, two paths").hasSize(2);
        assertThat(List.of(zPaths.get(0).path("fromContactId").asLong(), zPaths.get(1).path("fromContactId").asLong()))
                .containsExactlyInAnyOrder(ids.get(p1.key()), ids.get(p3.key()));
        assertThat(overlapMinutes(listed2, q15)).as("Q15 overlapped P1 exactly 15 minutes").isEqualTo(15);
        assertSameContacts("depth 2, after P1, P2, P3, AIR30, FX and E1 were confirmed and W rejected", depth2, f2,
                decisions);

        // ------------------------------------------------------------ depth 1 again: F1 only, decisions kept
        JsonNode again = contacts(tracer, caseId, 1);
        assertThat(labels(byKey(again.path("contacts")).keySet())).as("F1 only")
                .containsExactlyInAnyOrderElementsOf(labels(f1ByHand));
        assertSameContacts("depth 1 after the decisions", again, f1, decisions);
        // ... and depth 2 once more: the same F2 come back.
        assertSameContacts("depth 2 read again", contacts(tracer, caseId, 2), f2, decisions);
    }

    /**
     * The infectious window ends with the isolation day: a case isolated yesterday stopped counting at
     * 00:00 today (Việt Nam), even in a visit that went on. F0B's visit at VQ runs from 16 minutes before that
     * midnight H to 44 minutes after it; QA arrived 15 minutes before H (15 minutes inside the window: F1),
     * QB 14 minutes before (14 inside: not, though 58 minutes with the F0B in all).
     */
    @Test
    void theEndOfTheInfectiousWindowCutsTheCasesVisitShort() {
        Citizen f0b = citizen("F0B", "Phan Văn Cách Ly");
        Citizen qa = citizen("QA", "Phan Văn Mười Lăm");
        Citizen qb = citizen("QB", "Phan Văn Mười Bốn");
        Place vQ = place("VQ", VenueCategory.MARKET);
        Map<Citizen, String> printed = new LinkedHashMap<>();
        for (Citizen citizen : List.of(f0b, qa, qb)) {
            printed.put(citizen, printed(citizen, null));
        }
        LocalDate today = LocalDate.now(VIETNAM);
        Instant h = today.atStartOfDay(VIETNAM).toInstant();
        // A device takes scans up to 24 h old: 16 minutes before H must be less than that (in all but the last
        // 21 minutes of a Vietnamese day).
        Assumptions.assumeTrue(Duration.between(h, Instant.now()).compareTo(Duration.ofHours(23).plusMinutes(39)) <= 0,
                "too close to midnight in Việt Nam for a reader device to place a visit 16 minutes before the last one");
        device(vQ, new Scan(f0b.who(), printed.get(f0b), h.minus(minutes(16))),
                new Scan(qa.who(), printed.get(qa), h.minus(minutes(15))),
                new Scan(qb.who(), printed.get(qb), h.minus(minutes(14))));
        overstays.closeOverstays();
        assertStoredVisitsAreTheTruth(List.of(vQ));

        LocalDate yesterday = today.minusDays(1);
        Instant windowStart = yesterday.minusDays(2).atStartOfDay(VIETNAM).toInstant();
        Map<String, TracingGroundTruth.Contact> f1 = truth.contacts(f0b.who(), Set.of(), windowStart, h, Set.of(), 1);
        assertThat(labels(f1.keySet())).as("by hand").containsExactly(qa.label());
        assertThat(f1.get(qa.key()).maxOverlap()).isEqualTo(Duration.ofMinutes(15));

        Citizen tracer = citizen("tracer", "Lê Thị Truy Vết");
        http().grant(tracer.id(), Role.CONTACT_TRACER, PROVINCE);
        var body = new HashMap<String, Object>();
        body.put("phone", f0b.phone());
        body.put("unitCode", COMMUNE);
        body.put("sampleDate", yesterday.toString());
        body.put("isolationDate", yesterday.toString());
        TestHttp.Response created = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long caseId = created.json().path("id").asLong();
        assertThat(instant(created.json().path("windowEnd"))).as("the end of yesterday in Việt Nam").isEqualTo(h);

        TestHttp.Response visits = http().get("/api/v1/cases/" + caseId + "/visits").bearer(tracer.token()).send();
        assertThat(visits.status()).as(visits.toString()).isEqualTo(200);
        assertThat(visits.json().path("visits")).as("the visit that began in the window is the case's: " + visits.body())
                .hasSize(1);
        JsonNode answer = contacts(tracer, caseId, 1);
        assertThat(labels(byKey(answer.path("contacts")).keySet())).as("F1 within the window")
                .containsExactly(qa.label());
        assertThat(overlapMinutes(byKey(answer.path("contacts")), qa)).as("QA: 15 minutes inside the window")
                .isEqualTo(15);
        assertSameContacts("a window that ends during a visit", answer, f1, Map.of());
    }

    /**
     * One contact per person: T2 scanned their printed code at VP while the F0C was there, and was typed in by
     * staff with their own phone at VR just after the F0C left. The case's own typed visits count as the
     * case's by phone, and a contact's as the contact's when F2 are sought; so the typed visit is T2's, and
     * T2 is one contact with two paths, not a registered contact and an "unregistered" one.
     */
    @Test
    void aVisitorTypedInWithTheirOwnPhoneIsTheSameContactAsTheirAccount() {
        Citizen f0c = citizen("F0C", "Võ Văn Nguồn");
        Citizen t2 = citizen("T2", "Võ Văn Hai Cách");
        Place vP = place("VP", VenueCategory.RESTAURANT);
        Place vR = place("VR", VenueCategory.ESSENTIAL_SHOP);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
        device(vP, new Scan(f0c.who(), printed(f0c, null), t.minus(hours(3))),
                new Scan(t2.who(), printed(t2, null), t.minus(hours(2)).minus(minutes(30))));
        overstays.closeOverstays();
        Arrived atR = selfCheckIn(vR, f0c, Map.of());
        checkOut(f0c, atR.visitId());
        manualEntry(vR, Who.unregistered("T2 (typed by staff with T2's phone)", t2.international(), null, "Võ Văn Hai"),
                "Võ Văn Hai", t2.phone(), null);
        assertStoredVisitsAreTheTruth(List.of(vP, vR));

        LocalDate today = LocalDate.now(VIETNAM);
        Map<String, TracingGroundTruth.Contact> f1 = truth.contacts(f0c.who(), Set.of(),
                today.minusDays(2).atStartOfDay(VIETNAM).toInstant(), today.plusDays(1).atStartOfDay(VIETNAM).toInstant(),
                Set.of(), 1);
        assertThat(labels(f1.keySet())).as("by hand").containsExactly(t2.label());
        assertThat(f1.get(t2.key()).paths).as("by hand: an overlap at VP, airborne at VR").hasSize(2);

        Citizen tracer = citizen("tracer", "Lê Thị Truy Vết");
        http().grant(tracer.id(), Role.CONTACT_TRACER, PROVINCE);
        var body = new HashMap<String, Object>();
        body.put("phone", f0c.phone());
        body.put("unitCode", COMMUNE);
        body.put("sampleDate", today.toString());
        body.put("isolationDate", today.toString());
        TestHttp.Response created = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertSameContacts("a contact also typed in by their phone", contacts(tracer, created.json().path("id").asLong(), 1),
                f1, Map.of());
    }

    /**
     * A reader device's batch arrives late: F0D's visit at VL began at T-3h and its default stay (2 h) ran
     * out at T-1h, but the overstay job has not closed it yet when F0D checks in at VN by phone. The rule
     * says F0D left at T-1h (the expected end); LATE, who arrived at T-20m, 40 minutes after, is no contact.
     * The next check-in must not stretch a visit whose stay had already run out until now.
     */
    @Test
    void aVisitWhoseStayHadRunOutIsNotStretchedByTheVisitorsNextCheckIn() {
        Citizen f0d = citizen("F0D", "Lâm Văn Nguồn");
        Citizen late = citizen("LATE (40 min after F0D's stay ran out)", "Lâm Văn Muộn");
        Place vL = place("VL", VenueCategory.RESTAURANT);
        Place vN = place("VN", VenueCategory.ESSENTIAL_SHOP);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
        long f0dAtL = device(vL, new Scan(f0d.who(), printed(f0d, null), t.minus(hours(3))),
                new Scan(late.who(), printed(late, null), t.minus(minutes(20)))).getFirst();
        selfCheckIn(vN, f0d, Map.of());
        overstays.closeOverstays();

        LocalDate today = LocalDate.now(VIETNAM);
        Map<String, TracingGroundTruth.Contact> f1 = truth.contacts(f0d.who(), Set.of(),
                today.minusDays(2).atStartOfDay(VIETNAM).toInstant(), today.plusDays(1).atStartOfDay(VIETNAM).toInstant(),
                Set.of(), 1);
        assertThat(f1).as("by hand: nobody").isEmpty();
        Citizen tracer = citizen("tracer", "Lê Thị Truy Vết");
        http().grant(tracer.id(), Role.CONTACT_TRACER, PROVINCE);
        var body = new HashMap<String, Object>();
        body.put("phone", f0d.phone());
        body.put("unitCode", COMMUNE);
        body.put("sampleDate", today.toString());
        body.put("isolationDate", today.toString());
        TestHttp.Response created = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode answer = contacts(tracer, created.json().path("id").asLong(), 1);
        List<String> stored = new ArrayList<>();
        jdbc.sql("select checked_out_at, closed_by_next, checkout_inferred from checkin where id = :id").param("id", f0dAtL)
                .query((rs, row) -> stored.add("checked_out_at " + rs.getTimestamp(1).toInstant() + ", closed_by_next "
                        + rs.getBoolean(2) + ", checkout_inferred " + rs.getBoolean(3)))
                .list();
        assertThat(stored).as("F0D's visit at VL, expected to end at " + truth.visit(f0dAtL).departure()).hasSize(1);
        assertSameContacts("F0D's visit at VL as stored: " + stored.getFirst(), answer, f1, Map.of());
        assertStoredVisitsAreTheTruth(List.of(vL, vN));
    }

    // ================================================================ comparing with the truth

    /** Every difference between the contacts listed and the truth, each in one line; fails when there is any. */
    private void assertSameContacts(String when, JsonNode answer, Map<String, TracingGroundTruth.Contact> expected,
            Map<String, String> decisions) {
        List<String> problems = new ArrayList<>();
        JsonNode listed = answer.path("contacts");
        Map<Long, String> keyOfContactId = new HashMap<>();
        Map<String, List<JsonNode>> listings = new TreeMap<>();
        for (JsonNode contact : listed) {
            String key = keyOf(contact, problems);
            if (key != null) {
                keyOfContactId.put(contact.path("id").asLong(), key);
                listings.computeIfAbsent(key, k -> new ArrayList<>()).add(contact);
            }
        }
        Map<String, JsonNode> actual = new TreeMap<>();
        for (Map.Entry<String, List<JsonNode>> entry : listings.entrySet()) {
            actual.put(entry.getKey(), entry.getValue().getFirst());
            if (entry.getValue().size() > 1) {
                problems.add("one person listed as " + entry.getValue().size() + " contacts: " + label(entry.getKey())
                        + entry.getValue().stream().map(contact -> listing(contact, keyOfContactId)).toList());
            }
        }
        for (String key : expected.keySet()) {
            if (!actual.containsKey(key)) {
                problems.add("missing: " + describe(expected.get(key)));
            }
        }
        for (String key : actual.keySet()) {
            if (!expected.containsKey(key)) {
                problems.add("not a contact, yet listed: " + label(key) + " " + actual.get(key));
            }
        }
        for (Map.Entry<String, JsonNode> entry : actual.entrySet()) {
            TracingGroundTruth.Contact truthOf = expected.get(entry.getKey());
            if (truthOf == null || listings.get(entry.getKey()).size() > 1) {
                continue;
            }
            JsonNode contact = entry.getValue();
            String who = label(entry.getKey());
            if (contact.path("generation").asInt() != truthOf.generation) {
                problems.add(who + ": generation " + contact.path("generation").asInt() + ", expected " + truthOf.generation);
            }
            String decision = decisions.getOrDefault(entry.getKey(), "CANDIDATE");
            if (!decision.equals(contact.path("decision").asString())) {
                problems.add(who + ": decision " + contact.path("decision").asString() + ", expected " + decision);
            }
            if (contact.path("airborneOnly").asBoolean() != truthOf.airborneOnly()) {
                problems.add(who + ": airborneOnly " + contact.path("airborneOnly").asBoolean() + ", expected "
                        + truthOf.airborneOnly());
            }
            if (!minutesMatch(contact.path("overlapMinutes").asInt(-1), truthOf.maxOverlap())) {
                problems.add(who + ": overlapMinutes " + contact.path("overlapMinutes").asInt(-1) + ", expected "
                        + minutesText(truthOf.maxOverlap()) + " (the longest of its paths)");
            }
            Instant exposure = instant(contact.path("exposureStart"));
            if (!truthOf.exposureStart.equals(exposure)) {
                problems.add(who + ": exposureStart " + exposure + ", expected " + truthOf.exposureStart);
            }
            comparePaths(who, contact.path("paths"), truthOf, keyOfContactId, problems);
        }
        assertThat(problems).as(when + ": the contacts listed differ from the truth:\n  " + String.join("\n  ", problems)
                + "\nanswer: " + answer).isEmpty();
    }

    private void comparePaths(String who, JsonNode paths, TracingGroundTruth.Contact truthOf,
            Map<Long, String> keyOfContactId, List<String> problems) {
        Map<String, TracingGroundTruth.Path> expected = new LinkedHashMap<>();
        for (TracingGroundTruth.Path path : truthOf.paths) {
            expected.put(signature(path.fromKey(), path.sourceVisitId(), path.visitId(), path.airborne()), path);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode path : paths) {
            JsonNode from = path.path("fromContactId");
            String fromKey = from.isMissingNode() || from.isNull() ? null
                    : keyOfContactId.getOrDefault(from.asLong(), "contact " + from.asLong() + " (not listed)");
            String signature = signature(fromKey, path.path("sourceVisitId").asLong(), path.path("visitId").asLong(),
                    path.path("airborne").asBoolean());
            if (!seen.add(signature)) {
                problems.add(who + ": path listed twice: " + signature);
            }
            TracingGroundTruth.Path truthPath = expected.get(signature);
            if (truthPath == null) {
                problems.add(who + ": unexpected path " + signature + " " + path);
                continue;
            }
            if (path.path("venueId").asLong() != truthPath.venueId()) {
                problems.add(who + ": path " + signature + " at venue " + path.path("venueId").asLong());
            }
            if (!minutesMatch(path.path("overlapMinutes").asInt(-1), truthPath.overlap())) {
                problems.add(who + ": path " + signature + " overlapMinutes " + path.path("overlapMinutes").asInt(-1)
                        + ", expected " + minutesText(truthPath.overlap()));
            }
            if (!truthPath.confidence().name().equals(path.path("confidence").asString())) {
                problems.add(who + ": path " + signature + " confidence " + path.path("confidence").asString()
                        + ", expected " + truthPath.confidence() + " (the weaker of its two visits)");
            }
            TracingGroundTruth.Visit visit = truth.visit(truthPath.visitId());
            if (!visit.arrival().equals(instant(path.path("arrival")))
                    || !visit.departure().equals(instant(path.path("departure")))) {
                problems.add(who + ": path " + signature + " visit " + path.path("arrival").asString() + " → "
                        + path.path("departure").asString() + ", expected " + visit.arrival() + " → " + visit.departure());
            }
        }
        for (String signature : expected.keySet()) {
            if (!seen.contains(signature)) {
                problems.add(who + ": missing path " + signature + " (" + minutesText(expected.get(signature).overlap())
                        + " min)");
            }
        }
    }

    /** One listing of a contact: who it names (person, dependant, or typed) and its paths. */
    private String listing(JsonNode contact, Map<Long, String> keyOfContactId) {
        Long personId = idField(contact, "personId");
        Long dependantId = idField(contact, "dependantId");
        List<String> paths = new ArrayList<>();
        for (JsonNode path : contact.path("paths")) {
            JsonNode from = path.path("fromContactId");
            paths.add(signature(from.isMissingNode() || from.isNull() ? null : keyOfContactId.get(from.asLong()),
                    path.path("sourceVisitId").asLong(), path.path("visitId").asLong(), path.path("airborne").asBoolean()));
        }
        return "\n      contact " + contact.path("id").asLong() + " as " + (personId != null ? "person " + personId
                : dependantId != null ? "dependant " + dependantId : "an unregistered visitor") + " with paths " + paths;
    }

    private String signature(String fromKey, long sourceVisitId, long visitId, boolean airborne) {
        TracingGroundTruth.Visit source = truth.visit(sourceVisitId);
        TracingGroundTruth.Visit visit = truth.visit(visitId);
        return "[from " + (fromKey == null ? "the case" : label(fromKey)) + ": "
                + (source == null ? "#" + sourceVisitId + " (not planted)" : source) + " → "
                + (visit == null ? "#" + visitId + " (not planted)" : visit) + (airborne ? ", airborne]" : "]");
    }

    /** The contact's key as the truth keys it: person, dependant, or (typed visitors) the visitor of its paths. */
    private String keyOf(JsonNode contact, List<String> problems) {
        Long personId = idField(contact, "personId");
        if (personId != null) {
            return "P:" + personId;
        }
        Long dependantId = idField(contact, "dependantId");
        if (dependantId != null) {
            return "D:" + dependantId;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode path : contact.path("paths")) {
            TracingGroundTruth.Visit visit = truth.visit(path.path("visitId").asLong());
            keys.add(visit == null ? "visit #" + path.path("visitId").asLong() + " (not planted)"
                    : truth.contactOf(visit.who()).key());
        }
        if (keys.size() != 1) {
            problems.add("an unregistered contact that is not one visitor: " + keys + " " + contact);
            return null;
        }
        return keys.iterator().next();
    }

    /** personId / dependantId of a contact, at the top (as the contract writes) or under "person". */
    private static Long idField(JsonNode contact, String field) {
        JsonNode value = contact.path(field);
        if (value.isMissingNode() || value.isNull()) {
            value = contact.path("person").path(field);
        }
        if (value.isMissingNode() || value.isNull()) {
            value = contact.path("subject").path(field);
        }
        return value.isMissingNode() || value.isNull() ? null : value.asLong();
    }

    private Map<String, JsonNode> byKey(JsonNode contacts) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode contact : contacts) {
            String key = keyOf(contact, problems);
            if (key != null && byKey.put(key, contact) != null) {
                problems.add("listed twice: " + label(key));
            }
        }
        assertThat(problems).as(contacts.toString()).isEmpty();
        return byKey;
    }

    private Map<String, Long> contactIds(JsonNode contacts) {
        Map<String, Long> ids = new HashMap<>();
        byKey(contacts).forEach((key, contact) -> ids.put(key, contact.path("id").asLong()));
        return ids;
    }

    private static int overlapMinutes(Map<String, JsonNode> listed, Citizen citizen) {
        assertThat(listed).as(citizen.label() + " is listed").containsKey(citizen.key());
        return listed.get(citizen.key()).path("overlapMinutes").asInt(-1);
    }

    /** Whole minutes; an overlap that ends "now" has seconds, and either rounding of them is taken. */
    private static boolean minutesMatch(int listed, Duration overlap) {
        long floor = overlap.toMinutes();
        boolean whole = overlap.equals(Duration.ofMinutes(floor));
        return listed == floor || !whole && listed == floor + 1;
    }

    private static String minutesText(Duration overlap) {
        long floor = overlap.toMinutes();
        return overlap.equals(Duration.ofMinutes(floor)) ? Long.toString(floor) : floor + "–" + (floor + 1);
    }

    private String describe(TracingGroundTruth.Contact contact) {
        return contact.who.label() + " (generation " + contact.generation + ", paths "
                + contact.paths.stream().map(p -> signature(p.fromKey(), p.sourceVisitId(), p.visitId(), p.airborne())
                        + " " + minutesText(p.overlap()) + " min").toList() + ")";
    }

    /** The labels of these contacts' keys, in order: what a failing set assertion shows. */
    private List<String> labels(Collection<String> keys) {
        return keys.stream().map(this::label).sorted().toList();
    }

    private String label(String key) {
        return truth.visits().stream().filter(v -> v.who().key().equals(key)).map(v -> v.who().label()).findFirst()
                .orElse(key);
    }

    private static Instant instant(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : Instant.parse(node.asString());
    }

    // ================================================================ the crowd as stored, the F0's visits

    /** Every visit at the test's venues is one the truth knows, with the arrival and departure it knows. */
    private void assertStoredVisitsAreTheTruth(List<Place> places) {
        Long[] venueIds = places.stream().map(Place::id).toArray(Long[]::new);
        Map<Long, Instant[]> stored = new HashMap<>();
        jdbc.sql("""
                        select id, checked_in_at, coalesce(checked_out_at, expected_end) as departure
                          from checkin where venue_id = any(:venues)""")
                .param("venues", venueIds)
                .query((rs, row) -> stored.put(rs.getLong("id"), new Instant[] {
                        rs.getTimestamp("checked_in_at").toInstant(), rs.getTimestamp("departure").toInstant()}))
                .list();
        assertThat(stored.keySet()).as("the visits stored at the test's venues are the planted ones")
                .containsExactlyInAnyOrderElementsOf(truth.visits().stream().map(TracingGroundTruth.Visit::id).toList());
        for (TracingGroundTruth.Visit visit : truth.visits()) {
            assertThat(stored.get(visit.id())).as("arrival and departure of " + visit)
                    .containsExactly(visit.arrival(), visit.departure());
        }
    }

    /** The case's visits: the F0's own (every way), the one carrying F0's phone, and D0's; how each departure is known. */
    private void assertCaseVisits(Citizen tracer, long caseId, Citizen f0, Set<Long> dependants) {
        overstays.closeOverstays();
        Instant jobDone = Instant.now();
        TestHttp.Response response = http().get("/api/v1/cases/" + caseId + "/visits").bearer(tracer.token()).send();
        Instant answered = Instant.now();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<Long, JsonNode> listed = new HashMap<>();
        response.json().path("visits").forEach(visit -> listed.put(visit.path("visitId").asLong(), visit));
        List<TracingGroundTruth.Visit> expected = truth.sourceVisits(f0.who(), dependants);
        assertThat(listed.keySet()).as("the case's visits " + expected + ": " + response.body())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(TracingGroundTruth.Visit::id).toList());
        for (TracingGroundTruth.Visit visit : expected) {
            JsonNode shown = listed.get(visit.id());
            assertThat(instant(shown.path("arrival"))).as(visit + " arrival").isEqualTo(visit.arrival());
            assertThat(instant(shown.path("departure"))).as(visit + " departure").isEqualTo(visit.departure());
            String via = visit.who().dependantId() != null ? "DEPENDANT" : visit.who().registered() ? "SELF" : "UNVERIFIED";
            assertThat(shown.path("via").asString()).as(visit + " via").isEqualTo(via);
            if (!via.equals("SELF")) {
                assertThat(shown.path("weight").asString()).as(visit + ": a dependant's or unverified visit weighs lower")
                        .isEqualTo("LOW");
            }
            assertThat(shown.path("method").asString()).as(visit + " method")
                    .isEqualTo(methods.get(visit.id()));
            String known = shown.path("departureKnown").asString();
            if (!visit.departureKnown().equals("ASSUMED")) {
                assertThat(known).as(visit + " departure known").isEqualTo(visit.departureKnown());
            } else if (visit.departure().isBefore(jobDone.minusSeconds(1))) {
                assertThat(known).as(visit + ": never closed, its default stay ran out").isEqualTo("INFERRED");
            } else if (visit.departure().isAfter(answered.plusSeconds(1))) {
                assertThat(known).as(visit + ": still open").isEqualTo("EXPECTED");
            }
        }
    }

    // ================================================================ making the crowd through the API

    private Citizen citizen(String label, String fullName) {
        String phone = TestHttp.randomPhone();
        TestHttp.Token token = http().signInApi(phone);
        String idNumber = randomIdNumber();
        var profile = new HashMap<String, Object>();
        profile.put("fullName", fullName);
        profile.put("birthDate", "1990-04-17");
        profile.put("gender", "MALE");
        profile.put("idNumber", idNumber);
        TestHttp.Response saved = http().put("/api/v1/me").bearer(token.token()).json(profile).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Citizen citizen = new Citizen(label, token, phone, idNumber);
        truth.register(citizen.who());
        return citizen;
    }

    private static String randomIdNumber() {
        return "0" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L));
    }

    private long dependant(Citizen guardian, String fullName) {
        TestHttp.Response declared = http().post("/api/v1/me/dependants").bearer(guardian.token())
                .json(Map.of("fullName", fullName, "birthDate", "2018-02-03", "relationship", "con")).send();
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        return declared.json().path("id").asLong();
    }

    /** A printed personal QR (long-lived, so a device may have scanned it hours ago), of the person or a dependant. */
    private String printed(Citizen holder, Long dependantId) {
        TestHttp.Response printed = http().post("/api/v1/me/qr/printed" + (dependantId == null ? "" : "?dependant=" + dependantId))
                .bearer(holder.token()).json(Map.of()).send();
        assertThat(printed.status()).as(printed.toString()).isEqualTo(201);
        return printed.json().path("text").asString();
    }

    /** The on-screen personal QR, valid two minutes. */
    private String screenQr(Citizen holder) {
        TestHttp.Response response = http().get("/api/v1/me/qr").bearer(holder.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("text").asString();
    }

    /** Another app's personal QR in the national layout: nothing vouches for it. */
    private static String foreignCode(String idNumber, String name, String nationalPhone) {
        return idNumber + "|" + name + "|1985-06-15|0|OTHERAPP-" + ThreadLocalRandom.current().nextInt(1_000_000)
                + "|<1<<" + (nationalPhone == null ? "" : nationalPhone);
    }

    private Place place(String label, VenueCategory category) {
        Citizen owner = citizen("owner of " + label, "Trần Thị Chủ");
        var fields = new HashMap<String, Object>();
        fields.put("name", "Điểm " + label + " " + category.name().toLowerCase());
        fields.put("category", category.name());
        fields.put("unitCode", COMMUNE);
        fields.put("address", "Số " + ThreadLocalRandom.current().nextInt(1_000_000_000) + " Phú Riềng Đỏ");
        fields.put("contactPhone", "0912345678");
        TestHttp.Response venue = http().post("/api/v1/venues").bearer(owner.token()).json(fields).send();
        assertThat(venue.status()).as(venue.toString()).isEqualTo(201);
        long id = venue.json().path("id").asLong();
        TestHttp.Response device = http().post("/api/v1/venues/" + id + "/devices").bearer(owner.token())
                .json(Map.of("name", "Cổng chính")).send();
        assertThat(device.status()).as(device.toString()).isEqualTo(201);
        return new Place(label, id, venue.json().path("posterUrl").asString(), owner.auth(),
                device.json().path("apiKey").asString(), category.builtInStay());
    }

    /** A batch from the venue's reader device; every scan must be stored as a visit of its own. */
    private List<Long> device(Place place, Scan... scans) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (Scan scan : scans) {
            batch.add(Map.of("eventId", UUID.randomUUID().toString(), "qr", scan.qr(), "scannedAt", scan.at().toString()));
        }
        TestHttp.Response answer = http().post("/api/v1/devices/scans").header("X-Device-Key", place.deviceKey())
                .json(Map.of("scans", batch)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode results = answer.json().path("results");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < scans.length; i++) {
            JsonNode result = results.get(i);
            assertThat(result.path("outcome").asString()).as(place.label() + " " + scans[i].who().label() + ": " + answer)
                    .isEqualTo("ACCEPTED");
            long id = result.path("visitId").asLong();
            truth.add(id, place.id(), place.label(), scans[i].who(), scans[i].at(), scans[i].at().plus(place.stay()));
            methods.put(id, "DEVICE");
            ids.add(id);
        }
        return ids;
    }

    /** The visitor scans the venue's poster by phone, bringing these dependants. */
    private Arrived selfCheckIn(Place place, Citizen visitor, Map<Long, Who> dependants) {
        List<Long> dependantIds = new ArrayList<>(dependants.keySet());
        TestHttp.Response response = http().post("/api/v1/checkins").bearer(visitor.token())
                .json(Map.of("qr", place.poster(), "dependants", dependantIds)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode own = response.json().path("visit");
        Instant at = Instant.parse(own.path("checkedInAt").asString());
        truth.add(own.path("id").asLong(), place.id(), place.label(), visitor.who(), at, at.plus(place.stay()));
        methods.put(own.path("id").asLong(), "SELF");
        List<Long> brought = new ArrayList<>();
        for (int i = 0; i < dependantIds.size(); i++) {
            JsonNode visit = response.json().path("dependants").get(i);
            Instant arrived = Instant.parse(visit.path("checkedInAt").asString());
            truth.add(visit.path("id").asLong(), place.id(), place.label(), dependants.get(dependantIds.get(i)), arrived,
                    arrived.plus(place.stay()));
            methods.put(visit.path("id").asLong(), "SELF");
            brought.add(visit.path("id").asLong());
        }
        return new Arrived(own.path("id").asLong(), at, brought);
    }

    private void checkOut(Citizen visitor, long visitId) {
        TestHttp.Response out = http().post("/api/v1/checkins/" + visitId + "/checkout").bearer(visitor.token()).send();
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.json().path("checkoutInferred").asBoolean()).isFalse();
        truth.depart(visitId, Instant.parse(out.json().path("checkedOutAt").asString()), "CHECKED_OUT");
    }

    /** The venue's owner scans a personal QR at the door. */
    private void staffScan(Place place, Who who, String qr) {
        TestHttp.Response response = http().post("/api/v1/venues/" + place.id() + "/scans").bearer(place.owner().token())
                .json(Map.of("qr", qr)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        Instant at = Instant.parse(response.json().path("checkedInAt").asString());
        truth.add(response.json().path("id").asLong(), place.id(), place.label(), who, at, at.plus(place.stay()));
        methods.put(response.json().path("id").asLong(), "STAFF");
    }

    /** The venue's owner types in a visitor without a phone app (with an ID number, when not null). */
    private void manualEntry(Place place, Who who, String name, String nationalPhone, String idNumber) {
        var fields = new HashMap<String, Object>();
        fields.put("name", name);
        fields.put("phone", nationalPhone);
        if (idNumber != null) {
            fields.put("idNumber", idNumber);
        }
        TestHttp.Response response = http().post("/api/v1/venues/" + place.id() + "/manual").bearer(place.owner().token())
                .json(fields).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        Instant at = Instant.parse(response.json().path("checkedInAt").asString());
        truth.add(response.json().path("id").asLong(), place.id(), place.label(), who, at, at.plus(place.stay()));
        methods.put(response.json().path("id").asLong(), "MANUAL");
    }

    private JsonNode contacts(Citizen tracer, long caseId, int depth) {
        TestHttp.Response answer = http().get("/api/v1/cases/" + caseId + "/contacts?depth=" + depth)
                .bearer(tracer.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static Set<String> keys(Citizen... citizens) {
        Set<String> keys = new LinkedHashSet<>();
        for (Citizen citizen : citizens) {
            keys.add(citizen.key());
        }
        return keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean sameUtcDay(Instant a, Instant b) {
        return a.atZone(ZoneOffset.UTC).toLocalDate().equals(b.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
