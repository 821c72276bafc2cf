package vn.greenzone.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.Declarations;
import vn.greenzone.declaration.NewDeclaration;
import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.Gender;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.VenueRegistrations;

/**
 * A morning's health declarations, made as the people would through their own taps: residents 0912000001 to
 * 0912000060 declared today, 0912000599 declared fever and cough while staying in Phường Tân Phú (on the list
 * of Đồng Xoài's health officials), 0912000002 declared for their child, 0912000003 came by coach from Hà Nội,
 * and the border checkpoint at Hoa Lư declared entry for a traveller; the provincial hospital requires a
 * declaration today.
 */
@Component
class DemoDeclarations {

    static final String TRAVELLER = "0913000001";
    private static final int DECLARED = 60;
    private static final String TAN_PHU = "25195";
    private static final String LOC_HOA = "25273";
    private static final String HOSPITAL = "Bệnh viện Đa khoa tỉnh Bình Phước";

    private static final Logger log = LoggerFactory.getLogger(DemoDeclarations.class);

    private final People people;
    private final Dependants dependants;
    private final Declarations declarations;
    private final VenueRegistrations registrations;
    private final DeclarationProperties properties;
    private final Clock clock;

    DemoDeclarations(People people, Dependants dependants, Declarations declarations, VenueRegistrations registrations,
            DeclarationProperties properties, Clock clock) {
        this.people = people;
        this.dependants = dependants;
        this.declarations = declarations;
        this.registrations = registrations;
        this.properties = properties;
        this.clock = clock;
    }

    void load(Map<String, Venue> venues) {
        for (int n = 1; n <= DECLARED; n++) {
            Person resident = resident(n);
            DemoSession.as(resident, () -> declarations.declare(daily(resident, resident.residenceUnit(), List.of())));
        }
        Person sick = resident(599);
        DemoSession.as(sick, () -> declarations.declare(daily(sick, TAN_PHU, List.of("fever", "cough"))));

        Person parent = resident(2);
        Dependant child = DemoSession.as(parent, () -> dependants.declare("Bé " + parent.fullName().split(" ")[0] + " An",
                LocalDate.of(2017, 8, 15), Gender.MALE, null, "con trai"));
        DemoSession.as(parent, () -> declarations.declare(new NewDeclaration("DAILY", child.id(), child.fullName(), null,
                2017, "MALE", "VN", parent.residenceUnit(), street(2), parent.phone().national(), null, null, List.of(),
                List.of(), List.of(), List.of(), null, null, null)));

        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        Person traveller = resident(3);
        DemoSession.as(traveller, () -> declarations.declare(kind(daily(traveller, traveller.residenceUnit(), List.of()),
                "DOMESTIC_TRAVEL", new NewDeclaration.Travel("BUS", "29B-123.45", "14", "01", "Bến xe Giáp Bát",
                        today.minusDays(1), "70", "Bến xe Đồng Xoài", today), null)));

        Person owner = person(DemoVenues.OWNER);
        DemoSession.as(owner, () -> registrations.requireDeclaration(venues.get(HOSPITAL).id()));
        Venue gate = DemoSession.as(owner, () -> registrations.register("Chốt kiểm dịch Cửa khẩu quốc tế Hoa Lư",
                VenueCategory.CHECKPOINT, LOC_HOA, "Quốc lộ 13, ấp Hoa Lư", DemoVenues.OWNER));
        DemoSession.as(person(DemoTracing.TRACER), () -> registrations.grantPrivilege(gate.id()));
        DemoSession.as(owner, () -> declarations.declareForTraveller(gate.id(), TRAVELLER, new NewDeclaration("ENTRY",
                null, "Trần Văn Về", null, 1985, "MALE", "VN", LOC_HOA, "Khu cách ly tập trung Lộc Ninh", TRAVELLER, null,
                null, List.of(), List.of("KH"), List.of(), List.of(), null, null,
                new NewDeclaration.Entry("Cửa khẩu quốc tế Hoa Lư", List.of("KH"), today, "NEGATIVE", null))));
        log.info("Demo data: {} daily declarations, one flagged ({}), one for a child, one trip, one entry at {}",
                DECLARED + 2, sick.phone().national(), gate.name());
    }

    private static NewDeclaration daily(Person person, String unit, List<String> symptoms) {
        return new NewDeclaration("DAILY", null, person.fullName(), person.idNumber(), person.birthDate().getYear(),
                person.gender().name(), "VN", unit, street(person.id()), person.phone().national(), null, null, List.of(),
                List.of(), symptoms, List.of(), null, null, null);
    }

    private static NewDeclaration kind(NewDeclaration d, String kind, NewDeclaration.Travel travel,
            NewDeclaration.Entry entry) {
        return new NewDeclaration(kind, d.dependantId(), d.fullName(), d.idNumber(), d.birthYear(), d.gender(),
                d.nationality(), d.unitCode(), d.street(), d.phone(), d.email(), d.insuranceNumber(), d.visitedUnits(),
                d.visitedCountries(), d.symptoms(), d.exposures(), d.chronicConditions(), travel, entry);
    }

    private static String street(long n) {
        return "Tổ " + (1 + n % 12) + ", khu phố " + (1 + n % 5);
    }

    private Person resident(int n) {
        return person("0912%06d".formatted(n));
    }

    private Person person(String phone) {
        return people.findByPhone(PhoneNumber.parse(phone)).orElseThrow();
    }
}
