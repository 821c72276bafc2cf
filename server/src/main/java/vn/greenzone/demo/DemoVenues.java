package vn.greenzone.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.checkin.CheckIns;
import vn.greenzone.checkin.VisitMethod;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.VenueRegistrations;

/**
 * Venues in Thành phố Đồng Xoài owned by the demo resident 0912000000, a privileged hospital, and the
 * check-ins of the last days, all made through the same services a person's taps go through, as that person.
 */
@Component
class DemoVenues {

    static final String OWNER = "0912000000";
    private static final String TRACER = "0911000004";
    private static final int VISITORS = 200;
    /** Today and the days before it that the visits spread over. */
    private static final int DAYS = 6;
    private static final ZoneId BINH_PHUOC = ZoneId.of("Asia/Ho_Chi_Minh");

    private record DemoVenue(String name, VenueCategory category, String commune, String address) {
    }

    private static final List<DemoVenue> VENUES = List.of(
            new DemoVenue("Bệnh viện Đa khoa tỉnh Bình Phước", VenueCategory.HOSPITAL, "25195", "Số 1 Đường Trần Hưng Đạo"),
            new DemoVenue("Chợ Đồng Xoài", VenueCategory.MARKET, "25195", "Số 12 Đường Lê Quý Đôn"),
            new DemoVenue("Siêu thị Co.opmart Đồng Xoài", VenueCategory.SUPERMARKET, "25198", "Số 88 Đường Phú Riềng Đỏ"),
            new DemoVenue("Nhà hàng Hương Sen", VenueCategory.RESTAURANT, "25195", "Số 25 Đường Hùng Vương"),
            new DemoVenue("Trường THPT Đồng Xoài", VenueCategory.SCHOOL, "25198", "Số 3 Đường Lê Duẩn"),
            new DemoVenue("Bến xe khách Đồng Xoài", VenueCategory.STATION, "25195", "Số 40 Đường Quốc lộ 14"),
            new DemoVenue("UBND Phường Tân Phú", VenueCategory.OFFICE, "25195", "Số 2 Đường Nguyễn Huệ"),
            new DemoVenue("Trung tâm Tiệc cưới Hoàng Gia", VenueCategory.WEDDING, "25198", "Số 150 Đường Phú Riềng Đỏ"));

    private static final Logger log = LoggerFactory.getLogger(DemoVenues.class);

    private final People people;
    private final VenueRegistrations registrations;
    private final CheckIns checkIns;
    private final Clock clock;

    DemoVenues(People people, VenueRegistrations registrations, CheckIns checkIns, Clock clock) {
        this.people = people;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** One resident's visit: where, when, and which of the four ways recorded it. */
    private record DemoVisit(Venue venue, Instant arrival, Instant departure, VisitMethod method) {
    }

    /**
     * Registers the venues and the check-ins of the last days, clear of the tracing story that begins at
     * {@code storyStart}; returns the venues by name, none when loaded before.
     */
    java.util.Map<String, Venue> load(Random random, Instant storyStart) {
        Person owner = person(OWNER);
        List<Venue> registered = new ArrayList<>();
        for (DemoVenue demo : VENUES) {
            try {
                registered.add(DemoSession.as(owner, () -> registrations.register(demo.name(), demo.category(), demo.commune(),
                        demo.address(), OWNER)));
            } catch (ProblemException alreadyThere) {
                // Loaded on an earlier start: one QR per location.
            }
        }
        if (registered.isEmpty()) {
            log.info("Demo venues already present");
            return java.util.Map.of();
        }
        DemoSession.as(person(TRACER), () -> registrations.grantPrivilege(registered.getFirst().id()));
        Instant now = clock.instant();
        for (int i = 1; i <= VISITORS; i++) {
            DemoVisit visit = visit(random, registered, now, storyStart);
            checkIns.importVisit(visit.venue().id(), person("0912%06d".formatted(i)).id(), visit.arrival(),
                    visit.departure(), visit.method());
        }
        log.info("Demo data: {} venues owned by {} and {} check-ins over {} days", registered.size(), OWNER, VISITORS, DAYS);
        return registered.stream().collect(java.util.stream.Collectors.toMap(Venue::name, venue -> venue));
    }

    /**
     * A visit between six in the morning and nine at night of one of the last days, or, one time in ten,
     * one that began within the last two hours and is still going on. A fifth of the visitors of past days
     * never checked out, so their visits close after the category's stay, marked as assumed.
     */
    private static DemoVisit visit(Random random, List<Venue> venues, Instant now, Instant storyStart) {
        while (true) {
            Venue venue = venues.get(random.nextInt(venues.size()));
            boolean present = random.nextInt(10) == 0;
            Instant arrival = present ? now.minus(Duration.ofMinutes(5 + random.nextInt(115)))
                    : LocalDate.ofInstant(now, BINH_PHUOC).minusDays(random.nextInt(DAYS))
                            .atTime(6 + random.nextInt(15), random.nextInt(60)).atZone(BINH_PHUOC).toInstant();
            Instant leaving = arrival.plus(Duration.ofMinutes(10 + random.nextLong(venue.defaultStay().toMinutes())));
            Instant departure = present || random.nextInt(5) == 0 ? null : leaving;
            Instant end = departure == null ? arrival.plus(venue.defaultStay()) : departure;
            if ((present || leaving.isBefore(now))
                    && DemoTracing.clearOfTheStory(storyStart, venue.name(), arrival, end)) {
                return new DemoVisit(venue, arrival, departure, method(random));
            }
        }
    }

    /** Mostly posters scanned by visitors; staff scans, reader devices and typed entries for the rest. */
    private static VisitMethod method(Random random) {
        int draw = random.nextInt(20);
        return draw < 9 ? VisitMethod.SELF : draw < 14 ? VisitMethod.STAFF : draw < 18 ? VisitMethod.DEVICE
                : VisitMethod.MANUAL;
    }

    private Person person(String phone) {
        return people.findByPhone(PhoneNumber.parse(phone)).orElseThrow();
    }

}
