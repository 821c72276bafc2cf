package vn.greenzone.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.checkin.CheckIns;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.VenueRegistrations;
import vn.greenzone.venue.Venues;

/**
 * Venues in Thành phố Đồng Xoài owned by the demo resident 0912000000, a privileged hospital, and a
 * morning's check-ins, all made through the same services a person's taps go through, as that person.
 */
@Component
class DemoVenues {

    static final String OWNER = "0912000000";
    private static final String TRACER = "0911000004";
    private static final int VISITORS = 200;

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
    private final Venues venues;
    private final CheckIns checkIns;

    DemoVenues(People people, VenueRegistrations registrations, Venues venues, CheckIns checkIns) {
        this.people = people;
        this.registrations = registrations;
        this.venues = venues;
        this.checkIns = checkIns;
    }

    /** Registers the venues and the morning's check-ins; returns the venues by name, none when loaded before. */
    java.util.Map<String, Venue> load(Random random) {
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
        for (int i = 1; i <= VISITORS; i++) {
            Venue venue = registered.get(random.nextInt(registered.size()));
            DemoSession.as(person("0912%06d".formatted(i)), () -> checkIns.checkIn(venues.posterUrl(venue.id()), "demo"));
        }
        log.info("Demo data: {} venues owned by {} and {} check-ins", registered.size(), OWNER, VISITORS);
        return registered.stream().collect(java.util.stream.Collectors.toMap(Venue::name, venue -> venue));
    }

    private Person person(String phone) {
        return people.findByPhone(PhoneNumber.parse(phone)).orElseThrow();
    }

}
