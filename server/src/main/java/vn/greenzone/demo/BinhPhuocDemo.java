package vn.greenzone.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Gender;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.RoleAdministration;
import vn.greenzone.identity.Role;

/**
 * Tỉnh Bình Phước as a newcomer should find it: officials at province, district and commune level,
 * and residents spread over its communes. Loading twice changes nothing: people are keyed by phone.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("greenzone.demo")
class BinhPhuocDemo implements ApplicationRunner {

    static final String PROVINCE = "70";
    static final int RESIDENTS = 600;

    static final List<DemoOfficial> OFFICIALS = List.of(
            new DemoOfficial("0911000001", "Nguyễn Văn Hùng", Role.UNIT_ADMIN, PROVINCE),
            new DemoOfficial("0911000002", "Trần Thị Mai", Role.UNIT_ADMIN, "689"),
            new DemoOfficial("0911000003", "Lê Minh Tâm", Role.UNIT_ADMIN, "25195"),
            new DemoOfficial("0911000004", "Phạm Quốc Bảo", Role.CONTACT_TRACER, PROVINCE),
            new DemoOfficial("0911000005", "Hoàng Thị Lan", Role.QUARANTINE_OFFICER, "689"),
            new DemoOfficial("0911000006", "Võ Thanh Phong", Role.HOTLINE_OPERATOR, PROVINCE),
            new DemoOfficial("0911000007", "Đặng Ngọc Anh", Role.AUDITOR, PROVINCE),
            new DemoOfficial("0911000008", "Trương Văn Đức", Role.CONTACT_TRACER, "689"),
            new DemoOfficial(DemoSafety.INSPECTOR, "Ngô Thị Thanh", Role.INSPECTOR, "689"));

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Điểu"};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Minh", "Đức", "Quang", "Thanh", "Công"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thanh", "Minh", "Thu", "Kim"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khang", "Long",
            "Nam", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Tuấn", "Vinh"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
            "Linh", "Mai", "Ngân", "Nhung", "Thảo", "Trang", "Vy", "Yến"};

    private static final Logger log = LoggerFactory.getLogger(BinhPhuocDemo.class);

    private final People people;
    private final RoleAdministration roles;
    private final UnitDirectory units;
    private final DemoVenues venues;
    private final DemoTracing tracing;
    private final DemoExposure exposure;
    private final DemoDeclarations declarations;
    private final DemoQuarantine quarantine;
    private final DemoSafety safety;
    private final DemoHotline hotline;
    private final DemoOutreach outreach;
    private final DemoOrganisations organisations;
    private final DemoReports reports;
    private final DemoAdoption adoption;
    private final Clock clock;

    BinhPhuocDemo(People people, RoleAdministration roles, UnitDirectory units, DemoVenues venues, DemoTracing tracing,
            DemoExposure exposure, DemoDeclarations declarations, DemoQuarantine quarantine, DemoSafety safety,
            DemoHotline hotline, DemoOutreach outreach, DemoAdoption adoption, DemoOrganisations organisations,
            DemoReports reports, Clock clock) {
        this.people = people;
        this.roles = roles;
        this.units = units;
        this.venues = venues;
        this.tracing = tracing;
        this.exposure = exposure;
        this.declarations = declarations;
        this.quarantine = quarantine;
        this.safety = safety;
        this.hotline = hotline;
        this.outreach = outreach;
        this.organisations = organisations;
        this.reports = reports;
        this.adoption = adoption;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> communes = units.subtree(PROVINCE).stream()
                .filter(code -> units.children(code).isEmpty())
                .sorted()
                .toList();
        var random = new Random(2021);
        for (DemoOfficial official : OFFICIALS) {
            PhoneNumber phone = PhoneNumber.parse(official.phone());
            people.register(phone, official.fullName(), LocalDate.of(1975 + random.nextInt(20), 1 + random.nextInt(12),
                    1 + random.nextInt(28)), null, null, communes.get(random.nextInt(communes.size())));
            roles.grantAtInstallation(phone, official.role(), official.unitCode());
        }
        for (int i = 0; i < RESIDENTS; i++) {
            boolean female = random.nextBoolean();
            String name = pick(random, FAMILY) + " " + pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                    + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
            LocalDate birth = LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
            // Citizen ID layout: province of birth, sex and century, year of birth, serial.
            int sexAndCentury = (birth.getYear() >= 2000 ? 2 : 0) + (female ? 1 : 0);
            String idNumber = "070%d%02d%06d".formatted(sexAndCentury, birth.getYear() % 100, random.nextInt(1_000_000));
            people.register(PhoneNumber.parse("0912%06d".formatted(i)), name, birth,
                    female ? Gender.FEMALE : Gender.MALE, idNumber, communes.get(random.nextInt(communes.size())));
        }
        log.info("Demo data: {} in {} communes of {}, officials {}", RESIDENTS, communes.size(),
                units.require(PROVINCE).name(), OFFICIALS.stream().map(DemoOfficial::phone).toList());
        // One start for both, so the venue demo's visits keep clear of the tracing story's.
        Instant story = DemoTracing.storyStart(clock);
        var registered = venues.load(random, story);
        if (!registered.isEmpty()) {
            List<Long> caseIds = tracing.load(registered, story);
            exposure.load(caseIds);
            quarantine.load(caseIds.getFirst());
            declarations.load(registered);
            safety.load(registered);
            hotline.load();
            outreach.load();
            adoption.load();
            organisations.load();
            reports.load(); // after adoption: reports are prefilled from the measured figures
        }
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
