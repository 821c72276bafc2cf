package vn.greenzone.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.checkin.CheckIns;
import vn.greenzone.checkin.VisitMethod;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.tracing.Cases;
import vn.greenzone.tracing.TracingProperties;
import vn.greenzone.venue.Venue;

/**
 * A case in Đồng Xoài whose visits of the last day and a half give real F1 (one exactly at the 15-minute
 * threshold, one in the airborne tail, two that stayed too briefly) and F2 through confirmed F1s; the F1s
 * are notified, one of them tested positive and joined the cluster, and a second tracer approved the market
 * as a risky venue. Residents 0912000300 and up; the venue demo's visits keep clear of the story's stays
 * ({@link #clearOfTheStory}), so they add no contact.
 */
@Component
class DemoTracing {

    static final String TRACER = "0911000004";
    static final String SECOND_TRACER = "0911000008";
    static final String F0 = "0912000300";
    /** Phường Tân Phú, where the market is: its officials (and the city's quarantine officer) follow the case up. */
    static final String MANAGED_IN = "25195";

    /** One visit: resident number, venue, minutes after the start of the story for arrival and departure. */
    private record Stay(int resident, String venue, int from, int to, VisitMethod method) {
    }

    private static final String MARKET = "Chợ Đồng Xoài";
    private static final String RESTAURANT = "Nhà hàng Hương Sen";
    private static final String SCHOOL = "Trường THPT Đồng Xoài";
    private static final String SUPERMARKET = "Siêu thị Co.opmart Đồng Xoài";
    private static final String WEDDING = "Trung tâm Tiệc cưới Hoàng Gia";

    private static final List<Stay> STAYS = List.of(
            new Stay(300, MARKET, 0, 60, VisitMethod.SELF),
            new Stay(301, MARKET, 5, 50, VisitMethod.SELF),           // 45 minutes: F1
            new Stay(302, MARKET, 40, 90, VisitMethod.STAFF),         // 20 minutes: F1
            new Stay(303, MARKET, 50, 60, VisitMethod.SELF),          // 10 minutes: not a contact
            new Stay(304, MARKET, 70, 100, VisitMethod.DEVICE),       // 10 minutes after the F0 left: airborne
            new Stay(305, MARKET, 95, 120, VisitMethod.SELF),         // 35 minutes after: not a contact
            new Stay(306, MARKET, -30, 15, VisitMethod.SELF),         // exactly 15 minutes: F1
            new Stay(300, RESTAURANT, 240, 330, VisitMethod.SELF),
            new Stay(307, RESTAURANT, 240, 330, VisitMethod.SELF),    // the same table: F1
            new Stay(308, RESTAURANT, 270, 360, VisitMethod.DEVICE),  // F1
            new Stay(301, SCHOOL, 360, 540, VisitMethod.DEVICE),
            new Stay(310, SCHOOL, 360, 480, VisitMethod.DEVICE),      // F2 through 301
            new Stay(311, SCHOOL, 420, 540, VisitMethod.DEVICE),      // F2 through 301
            new Stay(312, SCHOOL, 530, 570, VisitMethod.DEVICE),      // 10 minutes: not a contact
            new Stay(302, SUPERMARKET, 720, 765, VisitMethod.SELF),
            new Stay(313, SUPERMARKET, 735, 780, VisitMethod.SELF),   // F2 through 302
            new Stay(314, SUPERMARKET, 760, 770, VisitMethod.SELF),   // 5 minutes: not a contact
            new Stay(308, WEDDING, 1560, 1680, VisitMethod.STAFF),
            new Stay(315, WEDDING, 1560, 1680, VisitMethod.STAFF),    // F2 through 308
            new Stay(316, WEDDING, 1590, 1680, VisitMethod.STAFF),    // F2 through 308
            new Stay(317, WEDDING, 1620, 1700, VisitMethod.STAFF));   // F2 through 308

    private static final Logger log = LoggerFactory.getLogger(DemoTracing.class);

    private final People people;
    private final CheckIns checkIns;
    private final Cases cases;
    private final TracingProperties properties;
    private final Clock clock;

    DemoTracing(People people, CheckIns checkIns, Cases cases, TracingProperties properties, Clock clock) {
        this.people = people;
        this.checkIns = checkIns;
        this.cases = cases;
        this.properties = properties;
        this.clock = clock;
    }

    /** Thirty hours ago, so that every visit of the story has ended and lies within the kept partitions. */
    static Instant storyStart(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(30));
    }

    /**
     * Whether someone at the venue from arrival to departure stays out of the story: an hour clear of each
     * of its stays there, more than the 30-minute airborne tail, so they become nobody's contact.
     */
    static boolean clearOfTheStory(Instant start, String venue, Instant arrival, Instant departure) {
        Duration margin = Duration.ofHours(1);
        return STAYS.stream().filter(stay -> stay.venue().equals(venue)).allMatch(stay ->
                departure.isBefore(start.plus(Duration.ofMinutes(stay.from())).minus(margin))
                        || arrival.isAfter(start.plus(Duration.ofMinutes(stay.to())).plus(margin)));
    }

    /** Loads the story; returns the ids of its two cases, the first one first. */
    List<Long> load(Map<String, Venue> venues, Instant start) {
        for (Stay stay : STAYS) {
            checkIns.importVisit(venues.get(stay.venue()).id(), resident(stay.resident()).id(),
                    start.plus(Duration.ofMinutes(stay.from())), start.plus(Duration.ofMinutes(stay.to())), stay.method());
        }
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        LocalDate onset = LocalDate.ofInstant(start, properties.zone());
        Person tracer = person(TRACER);
        long caseId = DemoSession.as(tracer, () -> cases.record(F0, MANAGED_IN, today, onset, today,
                "RT-PCR, CDC Bình Phước"));
        Map<Long, Long> f1 = DemoSession.as(tracer, () -> cases.contactsByPerson(caseId, 1));
        List<Long> confirmed = List.of(301, 302, 306, 307, 308).stream().map(n -> f1.get(resident(n).id())).toList();
        DemoSession.as(tracer, () -> cases.confirm(caseId, confirmed));
        int notified = DemoSession.as(tracer, () -> cases.notifyContacts(caseId));
        Map<Long, Long> all = DemoSession.as(tracer, () -> cases.contactsByPerson(caseId, 2));
        long second = DemoSession.as(tracer, () -> cases.testedPositive(caseId, all.get(resident(308).id()), today, today));
        long proposal = DemoSession.as(tracer, () -> cases.proposeRiskyVenue(venues.get(MARKET).id(),
                start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(2)), "GET_TESTED"));
        int told = DemoSession.as(person(SECOND_TRACER), () -> cases.approveRiskyVenue(proposal));
        log.info("Demo data: case {} ({}) with {} contacts, {} notified; case {} joined its cluster; {} told of {}",
                caseId, F0, all.size(), notified, second, told, MARKET);
        return List.of(caseId, second);
    }

    private Person resident(int n) {
        return person("0912%06d".formatted(n));
    }

    Person person(String phone) {
        return people.findByPhone(PhoneNumber.parse(phone)).orElseThrow();
    }
}
